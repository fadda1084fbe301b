package lianjian.demo;

import java.util.List;

/**
 * Plausible Chinese personal names: a surname drawn with roughly real frequencies (王, 李, 张, 刘
 * and 陈 alone cover about a third of the population) and a one- or two-character given name.
 * Names repeat in real life (王伟 is the most common full name in China), which is exactly the case
 * the importer's name matching has to survive.
 */
final class ChineseNames {

    private static final Weighted<String> SURNAMES = surnames();

    private static final List<String> MALE_CHARS = List.of(
            "伟", "强", "磊", "军", "勇", "杰", "涛", "明", "超", "刚", "平", "辉", "鹏", "华", "飞",
            "鑫", "波", "斌", "宇", "浩", "凯", "健", "俊", "帆", "帅", "旭", "宁", "龙", "林", "阳",
            "建", "国", "志", "文", "海", "晨", "振", "兴", "东", "峰", "博", "亮", "成", "永", "立",
            "新", "卫", "庆", "春", "德", "荣", "锋", "斌", "晓", "俊", "毅", "剑", "洪", "忠", "瑞");

    private static final List<String> FEMALE_CHARS = List.of(
            "芳", "娜", "敏", "静", "丽", "艳", "娟", "霞", "燕", "玲", "婷", "雪", "慧", "颖", "琳",
            "洁", "倩", "晶", "莉", "萍", "红", "梅", "兰", "琴", "云", "佳", "欣", "悦", "雯", "蕾",
            "晓", "秀", "丹", "璐", "瑶", "怡", "萌", "薇", "楠", "瑜", "露", "菲", "嘉", "思", "文");

    private ChineseNames() {
    }

    static String next(Rng rng) {
        String surname = SURNAMES.pick(rng);
        List<String> chars = rng.chance(0.55) ? MALE_CHARS : FEMALE_CHARS;
        if (rng.chance(0.3)) {
            return surname + rng.pick(chars);
        }
        String a = rng.pick(chars);
        String b = rng.pick(chars);
        if (a.equals(b)) {
            b = rng.pick(MALE_CHARS);
        }
        return surname + a + b;
    }

    /** The anonymised form used in case titles (王某某). */
    static String anonymised(Rng rng) {
        return SURNAMES.pick(rng) + (rng.chance(0.8) ? "某某" : "某");
    }

    private static Weighted<String> surnames() {
        // Approximate shares (%) from the 2020 census top list; the tail is flattened.
        String[][] table = {
            {"王", "7.1"}, {"李", "7.0"}, {"张", "6.7"}, {"刘", "5.4"}, {"陈", "4.5"}, {"杨", "3.1"},
            {"黄", "2.2"}, {"赵", "2.0"}, {"吴", "2.0"}, {"周", "1.9"}, {"徐", "1.5"}, {"孙", "1.5"},
            {"马", "1.4"}, {"朱", "1.3"}, {"胡", "1.3"}, {"郭", "1.2"}, {"何", "1.2"}, {"林", "1.1"},
            {"罗", "1.1"}, {"高", "1.1"}, {"郑", "1.0"}, {"梁", "1.0"}, {"谢", "0.8"}, {"宋", "0.8"},
            {"唐", "0.8"}, {"许", "0.7"}, {"韩", "0.7"}, {"冯", "0.7"}, {"邓", "0.7"}, {"曹", "0.7"},
            {"彭", "0.6"}, {"曾", "0.6"}, {"肖", "0.6"}, {"田", "0.6"}, {"董", "0.6"}, {"袁", "0.5"},
            {"潘", "0.5"}, {"于", "0.5"}, {"蒋", "0.5"}, {"蔡", "0.5"}, {"余", "0.5"}, {"杜", "0.5"},
            {"叶", "0.5"}, {"程", "0.5"}, {"苏", "0.4"}, {"魏", "0.4"}, {"吕", "0.4"}, {"丁", "0.4"},
            {"任", "0.4"}, {"沈", "0.4"}, {"姚", "0.4"}, {"卢", "0.4"}, {"姜", "0.4"}, {"崔", "0.4"},
            {"钟", "0.3"}, {"谭", "0.3"}, {"陆", "0.3"}, {"汪", "0.3"}, {"范", "0.3"}, {"金", "0.3"},
            {"石", "0.3"}, {"廖", "0.3"}, {"贾", "0.3"}, {"夏", "0.3"}, {"方", "0.3"}, {"邹", "0.3"},
            {"孟", "0.2"}, {"熊", "0.2"}, {"秦", "0.2"}, {"邱", "0.2"}, {"江", "0.2"}, {"尹", "0.2"},
            {"薛", "0.2"}, {"段", "0.2"}, {"雷", "0.2"}, {"侯", "0.2"}, {"史", "0.2"}, {"陶", "0.2"},
            {"贺", "0.2"}, {"顾", "0.2"}, {"毛", "0.2"}, {"龚", "0.2"}, {"邵", "0.2"}, {"钱", "0.2"},
            {"严", "0.2"}, {"戴", "0.2"}, {"孔", "0.1"}, {"汤", "0.1"}, {"章", "0.1"}, {"欧阳", "0.05"}};
        Weighted<String> w = null;
        for (String[] row : table) {
            double weight = Double.parseDouble(row[1]);
            w = w == null ? Weighted.of(row[0], weight) : w.or(row[0], weight);
        }
        return w;
    }
}
