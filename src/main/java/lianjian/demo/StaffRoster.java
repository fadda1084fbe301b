package lianjian.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The ≈150 people the county 人大常委会 appoints: ≈95 法官 of the court, ≈55 检察官 of the
 * procuratorate and the heads of 公安局 and 司法局 (人员类别 其他). The departments mirror a
 * typical basic court (刑事/民事/行政审判庭, 执行局, four 人民法庭) and a procuratorate organised
 * after the 2019 reform (第一至第五检察部, 控告申诉检察部), because the case generators route each
 * case to a department that would really handle it.
 */
final class StaffRoster {

    static final String LEADERSHIP = "院领导";
    static final String NON_QUOTA = "综合部门";

    /** The two FY01 people who share a name: their cases must carry 承办人编号. */
    static final String SHARED_NAME_IN_COURT = "王伟";
    /** Same name in the court and the procuratorate: harmless, because names match within a unit. */
    static final String SHARED_NAME_ACROSS_UNITS = "张敏";

    private record Dept(String unitCode, String name, String head, String deputy, int deputies, int members) {
    }

    private static final List<Dept> COURT_DEPTS = List.of(
            new Dept("FY01", "刑事审判庭", "刑事审判庭庭长", "刑事审判庭副庭长", 1, 9),
            new Dept("FY01", "民事审判第一庭", "民事审判第一庭庭长", "民事审判第一庭副庭长", 1, 14),
            new Dept("FY01", "民事审判第二庭", "民事审判第二庭庭长", "民事审判第二庭副庭长", 1, 9),
            new Dept("FY01", "行政审判庭", "行政审判庭庭长", null, 0, 4),
            new Dept("FY01", "立案庭", "立案庭庭长", null, 0, 5),
            new Dept("FY01", "审判监督庭", "审判监督庭庭长", null, 0, 3),
            new Dept("FY01", "执行局", "执行局局长", "执行局副局长", 2, 22),
            new Dept("FY01", "城关人民法庭", "城关人民法庭庭长", null, 0, 7),
            new Dept("FY01", "青山人民法庭", "青山人民法庭庭长", null, 0, 5),
            new Dept("FY01", "白石人民法庭", "白石人民法庭庭长", null, 0, 5),
            new Dept("FY01", "河口人民法庭", "河口人民法庭庭长", null, 0, 5));

    private static final List<Dept> PROCURATORATE_DEPTS = List.of(
            new Dept("JCY01", "第一检察部", "第一检察部主任", "第一检察部副主任", 1, 19),
            new Dept("JCY01", "第二检察部", "第二检察部主任", null, 0, 10),
            new Dept("JCY01", "第三检察部", "第三检察部主任", null, 0, 6),
            new Dept("JCY01", "第四检察部", "第四检察部主任", null, 0, 5),
            new Dept("JCY01", "第五检察部", "第五检察部主任", null, 0, 4),
            new Dept("JCY01", "控告申诉检察部", "控告申诉检察部主任", null, 0, 4));

    private final List<Person> people;

    private StaffRoster(List<Person> people) {
        this.people = List.copyOf(people);
    }

    List<Person> all() {
        return people;
    }

    List<Person> inDepartment(String department) {
        List<Person> out = new ArrayList<>();
        for (Person p : people) {
            if (department.equals(p.department())) {
                out.add(p);
            }
        }
        return out;
    }

    List<Person> ofUnit(String unitCode) {
        List<Person> out = new ArrayList<>();
        for (Person p : people) {
            if (p.unitCode().equals(unitCode)) {
                out.add(p);
            }
        }
        return out;
    }

    /** True when another person of the same unit has the same name (name alone cannot identify). */
    boolean nameIsAmbiguous(Person person) {
        for (Person p : people) {
            if (p != person && p.unitCode().equals(person.unitCode()) && p.name().equals(person.name())) {
                return true;
            }
        }
        return false;
    }

    static StaffRoster generate(Rng rng, LocalDate dataEnd) {
        List<Person> list = new ArrayList<>();
        Counter ids = new Counter();
        // Court
        addLeadership(list, ids, rng, "FY01", "法官", List.of("院长", "副院长", "副院长", "副院长", "审判委员会专职委员"));
        for (Dept d : COURT_DEPTS) {
            addDepartment(list, ids, rng, d, "法官", "审判员");
        }
        addNonQuota(list, ids, rng, "FY01", "法官", List.of("政治部主任", "办公室主任"));
        // Procuratorate
        addLeadership(list, ids, rng, "JCY01", "检察官",
                List.of("检察长", "副检察长", "副检察长", "副检察长", "检察委员会专职委员"));
        for (Dept d : PROCURATORATE_DEPTS) {
            addDepartment(list, ids, rng, d, "检察官", "检察员");
        }
        addNonQuota(list, ids, rng, "JCY01", "检察官", List.of("政治部主任", "办公室主任"));
        // Heads of the government legal departments, also appointed by the 人大常委会.
        list.add(other(ids, "GAJ01", "公安局局长", LocalDate.of(2021, 3, 26), null, null));
        list.add(other(ids, "SFJ01", "司法局局长", LocalDate.of(2018, 8, 30), LocalDate.of(2023, 5, 26), "调离"));
        list.add(other(ids, "SFJ01", "司法局局长", LocalDate.of(2023, 6, 29), null, null));

        assignNames(list, rng);
        appointDuringTerm(list, rng, dataEnd);
        leaveDuringTerm(list, rng, dataEnd);
        return new StaffRoster(list);
    }

    private static final class Counter {
        int next = 1;

        String nextId() {
            return String.format(Locale.ROOT, "P%04d", next++);
        }
    }

    private static void addLeadership(List<Person> list, Counter ids, Rng rng, String unit, String category,
                                      List<String> titles) {
        for (String title : titles) {
            list.add(new Person(ids.nextId(), "", unit, category, title, quotaCell(unit, rng), LEADERSHIP, 0.15,
                    appointedBeforeTerm(rng, 2008, 2015), null, null));
        }
    }

    private static void addDepartment(List<Person> list, Counter ids, Rng rng, Dept d, String category,
                                      String memberTitle) {
        for (int i = 0; i < d.members(); i++) {
            String title;
            double weight;
            LocalDate appointed;
            if (i == 0) {
                title = d.head();
                weight = 0.6;
                appointed = appointedBeforeTerm(rng, 2008, 2017);
            } else if (i <= d.deputies()) {
                title = d.deputy();
                weight = 0.8;
                appointed = appointedBeforeTerm(rng, 2010, 2019);
            } else {
                title = memberTitle;
                weight = 1.0;
                appointed = appointedBeforeTerm(rng, 2008, 2021);
            }
            list.add(new Person(ids.nextId(), "", d.unitCode(), category, title, quotaCell(d.unitCode(), rng),
                    d.name(), weight, appointed, null, null));
        }
    }

    private static void addNonQuota(List<Person> list, Counter ids, Rng rng, String unit, String category,
                                    List<String> titles) {
        for (String title : titles) {
            list.add(new Person(ids.nextId(), "", unit, category, title, Boolean.FALSE, NON_QUOTA, 0.0,
                    appointedBeforeTerm(rng, 2008, 2016), null, null));
        }
    }

    private static Person other(Counter ids, String unit, String title, LocalDate appointed, LocalDate left,
                                String reason) {
        return new Person(ids.nextId(), "", unit, "其他", title, null, unit, 0.0,
                WorkCalendar.onOrAfter(appointed), left == null ? null : WorkCalendar.onOrAfter(left), reason);
    }

    /** Courts usually leave 是否员额 blank (= 是); the procuratorate writes 是 on every row. */
    private static Boolean quotaCell(String unit, Rng rng) {
        if ("JCY01".equals(unit)) {
            return Boolean.TRUE;
        }
        return rng.chance(0.1) ? Boolean.TRUE : null;
    }

    /** Appointments happen at a 常委会 meeting, roughly every other month. */
    private static LocalDate appointedBeforeTerm(Rng rng, int fromYear, int toYear) {
        int year = rng.between(fromYear, Math.min(toYear, SampleCounty.TERM_START.getYear() - 1));
        return sessionDate(year, rng.between(1, 6));
    }

    /** The n-th (1..6) bimonthly 常委会 meeting of a year: the last working day of Feb, Apr, … Dec. */
    static LocalDate sessionDate(int year, int n) {
        LocalDate endOfMonth = LocalDate.of(year, 2 * n, 1).plusMonths(1).minusDays(3);
        return WorkCalendar.onOrBefore(endOfMonth, endOfMonth.minusDays(10));
    }

    private static void assignNames(List<Person> list, Rng rng) {
        Set<String> used = new HashSet<>();
        used.add(SHARED_NAME_IN_COURT);
        used.add(SHARED_NAME_ACROSS_UNITS);
        for (int i = 0; i < list.size(); i++) {
            String name;
            do {
                name = ChineseNames.next(rng);
            } while (!used.add(name));
            list.set(i, list.get(i).withName(name));
        }
        // Two 审判员 of the court share the commonest name in China; one more name is shared
        // between the court and the procuratorate. Fixed positions keep this stable across seeds.
        setName(list, firstMember(list, "民事审判第一庭", 3), SHARED_NAME_IN_COURT);
        setName(list, firstMember(list, "执行局", 8), SHARED_NAME_IN_COURT);
        setName(list, firstMember(list, "刑事审判庭", 4), SHARED_NAME_ACROSS_UNITS);
        setName(list, firstMember(list, "第一检察部", 6), SHARED_NAME_ACROSS_UNITS);
    }

    private static int firstMember(List<Person> list, String dept, int offset) {
        int seen = 0;
        for (int i = 0; i < list.size(); i++) {
            if (dept.equals(list.get(i).department()) && seen++ == offset) {
                return i;
            }
        }
        throw new IllegalStateException("department too small: " + dept);
    }

    private static void setName(List<Person> list, int index, String name) {
        list.set(index, list.get(index).withName(name));
    }

    /** Ordinary 审判员/检察员 eligible to be moved around (not the shared-name people). */
    private static List<Integer> ordinaryMembers(List<Person> list) {
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            Person p = list.get(i);
            boolean member = "审判员".equals(p.position()) || "检察员".equals(p.position());
            boolean special = SHARED_NAME_IN_COURT.equals(p.name()) || SHARED_NAME_ACROSS_UNITS.equals(p.name());
            if (member && !special && !NON_QUOTA.equals(p.department())) {
                out.add(i);
            }
        }
        return out;
    }

    /**
     * About fifteen people are appointed during the current term (the yearly 员额 selection),
     * two of them only in the last quarter, so they have barely any cases and no evaluation yet.
     */
    private static void appointDuringTerm(List<Person> list, Rng rng, LocalDate dataEnd) {
        List<Integer> candidates = ordinaryMembers(list);
        rng.shuffle(candidates);
        int firstYear = SampleCounty.TERM_START.getYear();
        int lastYear = dataEnd.getYear();
        if (lastYear < firstYear) {
            return;
        }
        int count = Math.min(15, candidates.size() / 4);
        for (int k = 0; k < count; k++) {
            int idx = candidates.get(k);
            LocalDate on;
            if (k < 2) {
                on = sessionDate(lastYear, 5 + k); // October and December of the last year
            } else {
                int year = firstYear + (k % (lastYear - firstYear + 1));
                on = sessionDate(year, rng.between(2, 5));
            }
            if (on.isAfter(dataEnd)) {
                on = sessionDate(lastYear, 1);
            }
            list.set(idx, list.get(idx).withAppointment(on));
        }
    }

    /** Twelve leave during the term: retirement, transfer (调离) or resignation (辞职). */
    private static void leaveDuringTerm(List<Person> list, Rng rng, LocalDate dataEnd) {
        LocalDate from = SampleCounty.TERM_START.plusDays(60);
        LocalDate to = dataEnd.minusDays(30);
        if (to.isBefore(from)) {
            return;
        }
        List<Integer> candidates = new ArrayList<>();
        for (int idx : ordinaryMembers(list)) {
            if (list.get(idx).appointedOn().isBefore(SampleCounty.TERM_START)) {
                candidates.add(idx);
            }
        }
        rng.shuffle(candidates);
        // one 副院长 retires, too: leaders leave as well
        for (int i = 0; i < list.size(); i++) {
            if ("副院长".equals(list.get(i).position())) {
                list.set(i, list.get(i).withLeave(WorkCalendar.randomWorkday(rng, from, to), "退休"));
                break;
            }
        }
        List<String> reasons = new ArrayList<>(List.of("退休", "退休", "退休", "退休", "退休", "调离", "调离", "调离",
                "调离", "调离", "辞职", "辞职"));
        rng.shuffle(reasons);
        int court = 0;
        int procuratorate = 0;
        for (int idx : candidates) {
            Person p = list.get(idx);
            boolean isCourt = "FY01".equals(p.unitCode());
            if (isCourt ? court >= 7 : procuratorate >= 4) {
                continue;
            }
            String reason = reasons.get((court + procuratorate) % reasons.size());
            list.set(idx, p.withLeave(WorkCalendar.randomWorkday(rng, from, to), reason));
            if (isCourt) {
                court++;
            } else {
                procuratorate++;
            }
        }
    }
}
