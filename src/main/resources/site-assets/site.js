/*!
 * site.js — 联监 static dashboard: the period selector and the quick filters. Plain ES2017, no
 * dependencies, no requests; works from file:// and under any server sub-path.
 *
 * Period selector: the page ships the same page in every period as plain links (inside a <details>,
 * usable without JavaScript) and a hidden <select id="period-select"> whose option values are those
 * same relative URLs. When this script runs it shows the select and its 转到 button, hides the links,
 * and goes to the chosen URL (resolved against the current page) on 转到 or Enter, never on 'change'.
 *
 * Quick filters: <div class="quick-filters" data-table="ledger" hidden> with <button data-q="逾期">
 * buttons; each puts its text into that table's search box (made by tables.js, which loads first).
 */
(() => {
  'use strict';

  function initPeriodSelect() {
    const select = document.getElementById('period-select');
    if (!select) return;
    const box = select.closest('.period-switch');
    const label = box.querySelector('label[for="period-select"]');
    const links = box.querySelector('.period-links');
    const go = document.getElementById('period-go');
    select.hidden = false;
    if (label) label.hidden = false;
    if (links) links.hidden = true;
    // Navigate only on an explicit choice (WCAG 3.2.2): no 'change' listener, because arrow keys on a
    // closed <select> fire 'change' per press on Windows and would load one page per key.
    const navigate = () => {
      const own = Array.from(select.options).find((o) => o.defaultSelected);
      if (own && own.value === select.value) return;
      // new URL(relative, base) keeps the scheme: file:///…/2025Q3/unit-FY01.html or http://…
      window.location.href = new URL(select.value, window.location.href).href;
    };
    if (go) {
      go.hidden = false;
      go.addEventListener('click', navigate);
    }
    select.addEventListener('keydown', (e) => {
      if (e.key === 'Enter') { e.preventDefault(); navigate(); }
    });
  }

  /** Narrow screens: the navigation folds behind a 菜单 button (CSS shows the list again when wide). */
  function initNavToggle() {
    const nav = document.querySelector('.site-nav');
    const button = nav && nav.querySelector('.nav-toggle');
    if (!button) return;
    button.hidden = false;
    nav.classList.add('site-nav--foldable');
    button.addEventListener('click', () => {
      const open = button.getAttribute('aria-expanded') !== 'true';
      button.setAttribute('aria-expanded', String(open));
      nav.classList.toggle('site-nav--open', open);
    });
  }

  function initQuickFilters() {
    document.querySelectorAll('.quick-filters[data-table]').forEach((box) => {
      const input = document.getElementById(`${box.getAttribute('data-table')}-filter`);
      if (!input) return; // no table (nothing to filter) or tables.js did not run
      box.hidden = false;
      box.querySelectorAll('button[data-q]').forEach((button) => {
        button.addEventListener('click', () => {
          input.value = button.getAttribute('data-q');
          input.dispatchEvent(new Event('input'));
          box.querySelectorAll('button').forEach((b) => b.setAttribute('aria-pressed', String(b === button)));
        });
      });
    });
  }

  // Back/forward cache: a page restored from history would still show the period chosen before
  // leaving; put the selector back to this page's own period.
  window.addEventListener('pageshow', () => {
    const select = document.getElementById('period-select');
    if (!select) return;
    const own = Array.from(select.options).find((o) => o.defaultSelected);
    if (own) select.value = own.value;
  });

  function init() {
    initPeriodSelect();
    initNavToggle();
    initQuickFilters();
  }

  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', init);
  else init();
})();
