/*!
 * tables.js — sort, filter and "下载CSV" for every <table class="data"> on the page.
 * 联监 static dashboard. Plain ES2017, no dependencies, no build step; works from file://
 * and under any server sub-path (it makes no request at all).
 *
 * Markup contract (the FreeMarker templates write it):
 *   <table class="data" id="cases" data-csv-name="FY01-未结案件-2025H1">
 *     <caption>…</caption>
 *     <thead><tr><th scope="col">案号</th> … <th scope="col" data-nosort>说明</th></tr></thead>
 *     <tbody><tr><td>…</td> … <td data-sort="0.963">96.3%</td></tr></tbody>
 *   </table>
 *  - data-sort on a cell: the value to sort by when the text is formatted (96.3%, 1:1.23).
 *    A cell whose key is empty or "—" has no value and sorts last in both directions.
 *  - data-nosort on a header: column not sortable. Use it for scores of people or units:
 *    DOMAIN §1 forbids league tables (不得通报排名).
 *  - data-csv-name on the table: the downloaded file is "<data-csv-name>.csv".
 *  - data-tools on the table: "all" (default: search box, row count, 下载CSV), "csv" (only 下载CSV,
 *    for small tables beside a chart) or "none" (sorting only).
 *  - data-xlsx on an indicator table: the relative URL of the period's Excel workbook
 *    (data/indicators-<period>.xlsx of the same build); a 下载Excel link is put beside 下载CSV. It is a
 *    plain link (focusable, named by its text), since the workbook is a file of the site, not made here.
 *  - Simple tables only: one header row used for CSV, no rowspan/colspan in tbody.
 *
 * Without JavaScript (or in a browser too old for ES2017) the tables stay plain, readable HTML.
 */
(() => {
  'use strict';

  // Same ordering as a.localeCompare(b, 'zh-CN') (pinyin for Hanzi), but built once: much
  // faster on big tables. numeric:true puts "（2025）…民初99号" before "…民初100号".
  const collator = new Intl.Collator('zh-CN', { numeric: true });

  /** Visible text of a cell with whitespace collapsed (what a user sees, and what CSV gets). */
  const cellText = (cell) => cell.textContent.replace(/\s+/g, ' ').trim();

  /** Text folded for searching: NFKC maps full-width ＡＢ１２（） to AB12(), then lower case. */
  const fold = (s) => s.normalize('NFKC').toLowerCase();

  /** "1,234" / "96.3%" / "-2.5" → number; anything else → NaN. */
  function parseNumber(s) {
    const t = s.replace(/[,，\s]/g, '').replace(/%$/, '');
    return /^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(t) ? Number(t) : NaN;
  }

  /** Sort key of a cell: data-sort if present, else its text; null when there is no value. */
  function sortKey(cell) {
    if (!cell) return null;
    const raw = cell.hasAttribute('data-sort') ? cell.getAttribute('data-sort').trim() : cellText(cell);
    return raw === '' || raw === '—' || raw === '-' ? null : raw;
  }

  /** Sorts the first tbody by column `col`; toggles ascending/descending on repeated clicks. */
  function sortTable(table, th, col) {
    const tbody = table.tBodies[0];
    const dir = th.getAttribute('aria-sort') === 'ascending' ? 'descending' : 'ascending';
    const rows = Array.from(tbody.rows).map((row, index) => ({ row, index, key: sortKey(row.cells[col]) }));
    // A column is numeric when every cell that has a value parses as a number.
    const numeric = rows.every((r) => r.key === null || !Number.isNaN(parseNumber(r.key)));
    if (numeric) rows.forEach((r) => { if (r.key !== null) r.key = parseNumber(r.key); });
    const sign = dir === 'ascending' ? 1 : -1;
    rows.sort((a, b) => {
      if (a.key === null || b.key === null) {                 // no value: last, whatever the direction
        return a.key === b.key ? a.index - b.index : (a.key === null ? 1 : -1);
      }
      const c = numeric ? a.key - b.key : collator.compare(a.key, b.key);
      return c !== 0 ? sign * c : a.index - b.index;          // stable: ties keep their order
    });
    const frag = document.createDocumentFragment();
    rows.forEach((r) => frag.appendChild(r.row));
    tbody.appendChild(frag);                                   // moves rows; hidden state is kept
    // ARIA: only the sorted column carries aria-sort.
    table.querySelectorAll('thead th[aria-sort]').forEach((h) => h.removeAttribute('aria-sort'));
    th.setAttribute('aria-sort', dir);
  }

  /** Turns the text of each sortable header into a <button> (keyboard and screen-reader ready). */
  function makeSortable(table) {
    const head = table.tHead && table.tHead.rows[table.tHead.rows.length - 1];
    if (!head || !table.tBodies[0]) return;
    Array.from(head.cells).forEach((th, col) => {
      if (th.hasAttribute('data-nosort')) return;
      const button = document.createElement('button');
      button.type = 'button';
      button.className = 'sort-button';
      button.title = '点击排序';
      while (th.firstChild) button.appendChild(th.firstChild);
      th.appendChild(button);
      button.addEventListener('click', () => sortTable(table, th, col));
    });
  }

  /** Hides rows whose text does not contain the query (substring match, Chinese included). */
  function filterTable(table, query, counter) {
    const q = fold(query.trim());
    const rows = Array.from(table.tBodies[0].rows);
    let shown = 0;
    rows.forEach((row) => {
      const match = q === '' || fold(row.textContent).includes(q);
      row.hidden = !match;
      if (match) shown++;
    });
    counter.textContent = q === '' ? `共 ${rows.length} 行` : `显示 ${shown} 行 / 共 ${rows.length} 行`;
    return shown;
  }

  /**
   * One CSV field (RFC 4180): quoted when it holds a comma, quote or line break; quotes doubled.
   * Text that Excel would run as a formula (=, +, -, @ at the start, e.g. from a spreadsheet the
   * units sent in) gets a leading apostrophe, unless it is a plain number such as -2.5 (a phone
   * number like "+86 571…" is not one, and is guarded).
   */
  function csvField(s) {
    let v = s;
    if (/^[=+\-@\t\r]/.test(v) && !/^[-+]?(\d+\.?\d*|\.\d+)%?$/.test(v)) v = `'${v}`; // "-2.5" stays
    return /[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
  }

  /** The table as CSV text: header row plus the rows currently visible, CRLF line ends, with BOM. */
  function tableToCsv(table) {
    const lines = [];
    const head = table.tHead && table.tHead.rows[table.tHead.rows.length - 1];
    if (head) lines.push(Array.from(head.cells, (c) => csvField(cellText(c))).join(','));
    Array.from(table.tBodies[0].rows)
      .filter((row) => !row.hidden)
      .forEach((row) => lines.push(Array.from(row.cells, (c) => csvField(cellText(c))).join(',')));
    // U+FEFF becomes the bytes EF BB BF: without it Excel reads UTF-8 as GBK and shows mojibake.
    return '\uFEFF' + lines.join('\r\n') + '\r\n';
  }

  /** Saves text as a file through a blob: URL (works from file:// as well as http://). */
  function download(fileName, text) {
    const url = URL.createObjectURL(new Blob([text], { type: 'text/csv;charset=utf-8' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = fileName;
    a.hidden = true;
    document.body.appendChild(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10000);
  }

  /** Builds the toolbar (筛选 box, row count, 下载CSV) above one table, as data-tools asks. */
  function addToolbar(table, index) {
    if (!table.id) table.id = `data-table-${index + 1}`;
    const tools = table.getAttribute('data-tools') || 'all';
    if (tools === 'none') return;
    const bar = document.createElement('div');
    bar.className = 'table-tools no-print';
    // A table inside a scrolling wrapper gets its toolbar outside the wrapper, so it does not scroll away.
    const anchor = table.parentNode.classList.contains('table-wrap') ? table.parentNode : table;

    const label = document.createElement('label');
    label.className = 'table-filter';
    label.textContent = '筛选 ';
    const input = document.createElement('input');
    input.type = 'search';
    input.id = `${table.id}-filter`;
    input.placeholder = '输入关键字，如姓名、案号';
    input.setAttribute('aria-controls', table.id);
    label.appendChild(input);

    const counter = document.createElement('span');
    counter.className = 'table-count';
    counter.setAttribute('role', 'status');                  // polite live region for the count

    const csv = document.createElement('button');
    csv.type = 'button';
    csv.className = 'csv-button';
    csv.textContent = '下载CSV';
    csv.title = '下载当前显示的行（UTF-8，Excel 可直接打开）';
    csv.addEventListener('click', () => {
      const base = table.getAttribute('data-csv-name') || table.id;
      download(`${base}.csv`, tableToCsv(table));
    });

    // The period's workbook holds every indicator of the period (one sheet per family, units as rows), not
    // only this table's rows: the title says so.
    const buttons = [csv];
    const workbook = table.getAttribute('data-xlsx');
    if (workbook) {
      const xlsx = document.createElement('a');
      xlsx.className = 'xlsx-link';
      xlsx.href = workbook;
      xlsx.setAttribute('download', '');
      xlsx.textContent = '下载Excel';
      xlsx.title = `下载本期全部指标的 Excel 工作簿（${workbook.split('/').pop()}，按指标类别分表、各单位逐行，含达标标注）`;
      buttons.push(xlsx);
    }

    if (tools === 'csv') {
      bar.classList.add('table-tools--compact');
      bar.append(...buttons);
      anchor.parentNode.insertBefore(bar, anchor);
      return;
    }
    bar.append(label, counter, ...buttons);
    anchor.parentNode.insertBefore(bar, anchor);
    input.addEventListener('input', () => filterTable(table, input.value, counter));
    filterTable(table, '', counter);
  }

  /**
   * Scroll cue: a table wider than its box gets a visible sentence above it and the class
   * table-wrap--scrolls (CSS then keeps the first column in view and draws its edge shadow).
   * Checked again on resize (a phone turned sideways may fit the table).
   */
  function markScrolling() {
    document.querySelectorAll('.table-wrap').forEach((wrap) => {
      const scrolls = wrap.scrollWidth > wrap.clientWidth + 1;
      wrap.classList.toggle('table-wrap--scrolls', scrolls);
      // A region that scrolls must be reachable by keyboard (arrow keys scroll it once focused).
      if (scrolls) {
        wrap.tabIndex = 0;
        if (!wrap.hasAttribute('role')) {
          wrap.setAttribute('role', 'region');
          wrap.setAttribute('aria-label', '可左右滚动的表格');
        }
      } else if (wrap.getAttribute('tabindex') === '0') {
        wrap.removeAttribute('tabindex');
      }
      let hint = wrap.previousElementSibling;
      if (!hint || !hint.classList.contains('scroll-hint')) {
        if (!scrolls) return;
        hint = document.createElement('p');
        hint.className = 'scroll-hint no-print';
        hint.textContent = '表格较宽，可左右滑动查看其余各列 →';
        wrap.parentNode.insertBefore(hint, wrap);
      }
      hint.hidden = !scrolls;
    });
  }

  function init() {
    document.querySelectorAll('table.data').forEach((table, i) => {
      if (!table.tBodies[0] || table.hasAttribute('data-enhanced')) return;
      table.setAttribute('data-enhanced', '');
      makeSortable(table);
      addToolbar(table, i);
    });
    markScrolling();
  }

  let resizeTimer = 0;
  window.addEventListener('resize', () => {
    clearTimeout(resizeTimer);
    resizeTimer = setTimeout(markScrolling, 150);
  });

  // Exposed for tests and for pages that add tables later; nothing else leaks to window.
  window.LianjianTables = { init, tableToCsv, csvField, parseNumber };

  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', init);
  else init();
})();
