package lianjian.site.data;

import java.time.LocalDate;

/** One 履职评议 of a person, as imported (评议意见 is spreadsheet text: templates escape it). */
public record EvaluationRecord(String no, String personId, LocalDate date, String method, Long votesSatisfied,
                               Long votesBasic, Long votesUnsatisfied, Double score, String result, String opinion) {

    /** (满意 + 基本满意) ÷ all votes (DOMAIN §5.6 E09), or null without votes. */
    public Double satisfactionRatio() {
        long s = votesSatisfied == null ? 0 : votesSatisfied, b = votesBasic == null ? 0 : votesBasic,
                u = votesUnsatisfied == null ? 0 : votesUnsatisfied;
        return s + b + u == 0 ? null : (s + b) / (double) (s + b + u);
    }
}
