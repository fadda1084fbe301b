package lianjian.importing.receipt;

/** One file's entry in the import log (回执, DOMAIN §3.4). */
public record Receipt(long id, String fileName, String sha256, long sizeBytes, String startedAt, String finishedAt,
                      Outcome outcome, int rowsRead, int rowsImported, int rowsRejected, int warnings,
                      String sheets, String message, String movedTo, String errorWorkbook) {}
