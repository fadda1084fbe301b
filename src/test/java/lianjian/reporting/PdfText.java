package lianjian.reporting;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;

/** What a test reads back from a PDF with PDFBox: text per page, fonts, images. */
final class PdfText {

    final List<String> pages;
    /** Every font used on any page (also in form XObjects): name → embedded. */
    final java.util.Map<String, Boolean> fonts = new java.util.TreeMap<>();
    int images;
    final String title;
    /** The outline (bookmarks) titles, depth first. */
    final List<String> outline = new ArrayList<>();

    private PdfText(List<String> pages, String title) {
        this.pages = pages;
        this.title = title;
    }

    static PdfText read(Path pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            List<String> pages = new ArrayList<>();
            PDFTextStripper s = new PDFTextStripper();
            for (int i = 1; i <= doc.getNumberOfPages(); i++) {
                s.setStartPage(i);
                s.setEndPage(i);
                pages.add(s.getText(doc));
            }
            PdfText t = new PdfText(pages, doc.getDocumentInformation().getTitle());
            for (PDPage page : doc.getPages()) t.collect(page.getResources(), 0);
            var root = doc.getDocumentCatalog().getDocumentOutline();
            if (root != null) t.walk(root.children(), "");
            return t;
        }
    }

    private void walk(Iterable<org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem> items,
                      String indent) {
        for (var item : items) {
            outline.add(indent + item.getTitle());
            walk(item.children(), indent + "  ");
        }
    }

    private void collect(PDResources res, int depth) throws IOException {
        if (res == null || depth > 5) return;
        for (COSName n : res.getFontNames()) {
            PDFont f = res.getFont(n);
            fonts.merge(f.getName(), f.isEmbedded(), Boolean::logicalAnd);
        }
        for (COSName n : res.getXObjectNames()) {
            PDXObject x = res.getXObject(n);
            if (x instanceof PDFormXObject form) collect(form.getResources(), depth + 1);
            if (x instanceof PDImageXObject) images++;
        }
    }

    /** All text with whitespace removed (extraction drops or adds spaces around CJK). */
    String squashed() {
        return squash(String.join("", pages));
    }

    String page(int oneBased) {
        return squash(pages.get(oneBased - 1));
    }

    int pageCount() {
        return pages.size();
    }

    static String squash(String s) {
        return s.replaceAll("[\\s\\u3000]+", "");
    }
}
