package lianjian.reporting.pdf;

/** A rendered report: the PDF bytes and its page count. */
public record RenderedPdf(byte[] bytes, int pages) {}
