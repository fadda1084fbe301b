package lianjian.readmodel;

import java.time.LocalDate;

/**
 * One 履职评议 (DOMAIN §4.6) as imported. Vote counts are null where the cell was blank and count as 0.
 * 评议意见 is spreadsheet text: pages escape it.
 */
public record Evaluation(String no, String personId, LocalDate date, String method, Long votesSatisfied, Long votesBasic,
                         Long votesUnsatisfied, Double score, String result, String opinion) {

    public long satisfied() { return votesSatisfied == null ? 0 : votesSatisfied; }

    public long basic() { return votesBasic == null ? 0 : votesBasic; }

    public long unsatisfied() { return votesUnsatisfied == null ? 0 : votesUnsatisfied; }

    public long votes() { return satisfied() + basic() + unsatisfied(); }

    public boolean hasVotes() { return votesSatisfied != null || votesBasic != null || votesUnsatisfied != null; }

    /** E09 per evaluation (DOMAIN §5.6): (满意 + 基本满意) ÷ all votes, or null without votes. */
    public Double satisfactionRatio() {
        return votes() == 0 ? null : (satisfied() + basic()) / (double) votes();
    }

    /** 通过 when the satisfaction ratio is above two thirds; null without votes. */
    public Boolean passed() {
        Double r = satisfactionRatio();
        return r == null ? null : r > 2.0 / 3.0;
    }

    public boolean within(LocalDate from, LocalDate to) {
        return date != null && !date.isBefore(from) && !date.isAfter(to);
    }
}
