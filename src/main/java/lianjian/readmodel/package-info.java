/**
 * The read model of the descriptive data: units (单位名录), staff (人员名册), who is in the scope of
 * 履职评议, the attribution of cases, reviews and hearings to the person who handled them, and the
 * grade classes of case reviews. Loaded once per run ({@link lianjian.readmodel.ReadModelSource}) and
 * handed to the indicators, the reports, the dashboard and the exports, so each rule is written once.
 * Figures never come from here: they come from the stored indicators.
 */
package lianjian.readmodel;
