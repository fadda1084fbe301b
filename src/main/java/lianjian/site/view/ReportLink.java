package lianjian.site.view;

/**
 * A PDF to download ({@code path} from the site root), or, when {@code path} is null, why there is none
 * (shown instead of a dead link).
 */
public record ReportLink(String title, String path, String meta, String missingNote) {

    public boolean available() { return path != null; }
}
