package lianjian.demo;

import java.time.LocalDate;

/**
 * One person appointed by the 人大常委会, as listed in 人员名册. {@code department} and
 * {@code caseWeight} are not exported; they decide which cases the person handles and how many
 * (a 庭长 carries a lighter docket than an 审判员; 院领导 handle only a few cases).
 *
 * @param quotaCell what the 是否员额 cell shows: null (blank, meaning 是), TRUE or FALSE
 */
record Person(
        String id,
        String name,
        String unitCode,
        String category,
        String position,
        Boolean quotaCell,
        String department,
        double caseWeight,
        LocalDate appointedOn,
        LocalDate leftOn,
        String leaveReason) {

    boolean isQuota() {
        return !Boolean.FALSE.equals(quotaCell);
    }

    /** Appointed on or before {@code from} and still in office on {@code to}. */
    /**
     * One of {@code people} in office over [from, through], chosen in proportion to caseload weight;
     * null (and no random draw) when nobody qualifies.
     */
    static Person pickByCaseload(java.util.List<Person> people, LocalDate from, LocalDate through, Rng rng) {
        double total = 0;
        for (Person p : people) {
            if (p.activeOver(from, through)) total += p.caseWeight();
        }
        if (total <= 0) return null;
        double u = rng.nextDouble() * total;
        Person last = null;
        for (Person p : people) {
            if (p.activeOver(from, through)) {
                last = p;
                u -= p.caseWeight();
                if (u < 0) return p;
            }
        }
        return last;
    }

    boolean activeOver(LocalDate from, LocalDate to) {
        return !appointedOn.isAfter(from) && (leftOn == null || !leftOn.isBefore(to));
    }

    /** DOMAIN §5.6: in scope for 履职评议 at date d. */
    boolean inEvaluationScope(LocalDate d) {
        return ("法官".equals(category) || "检察官".equals(category))
                && isQuota()
                && !appointedOn.isAfter(d)
                && (leftOn == null || leftOn.isAfter(d));
    }

    Person withName(String newName) {
        return new Person(id, newName, unitCode, category, position, quotaCell, department, caseWeight,
                appointedOn, leftOn, leaveReason);
    }

    Person withAppointment(LocalDate on) {
        return new Person(id, name, unitCode, category, position, quotaCell, department, caseWeight,
                on, leftOn, leaveReason);
    }

    Person withLeave(LocalDate on, String reason) {
        return new Person(id, name, unitCode, category, position, quotaCell, department, caseWeight,
                appointedOn, on, reason);
    }
}
