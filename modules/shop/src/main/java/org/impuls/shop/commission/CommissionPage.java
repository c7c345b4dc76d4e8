package org.impuls.shop.commission;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.impuls.core.api.FormFeedback;
import org.impuls.core.api.error.InvalidInputException;

/**
 * Backs {@code /admin/shop/commission.xhtml}: the default at the top, a row per seller with its own percentage (empty
 * = the default). A refused value stays in its field with the reason beside it.
 */
@Named("commissionPage")
@ViewScoped
public class CommissionPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Commissions commissions;

    @Inject
    FormFeedback feedback;

    private String defaultPercent;
    private List<Row> rows;

    /** A seller and the percentage typed for it. */
    public static class Row implements Serializable {
        private static final long serialVersionUID = 1L;
        private final long businessId;
        private final String name;
        private String percent;

        Row(long businessId, String name, String percent) {
            this.businessId = businessId;
            this.name = name;
            this.percent = percent;
        }

        public long getBusinessId() {
            return businessId;
        }

        public String getName() {
            return name;
        }

        public String getPercent() {
            return percent;
        }

        public void setPercent(String percent) {
            this.percent = percent;
        }
    }

    @PostConstruct
    void load() {
        defaultPercent = shown(commissions.defaultRate());
        Map<Long, CommissionRate> overrides = commissions.overrides();
        rows = new ArrayList<>();
        commissions.sellers().forEach(b -> {
            CommissionRate own = overrides.get(b.id());
            rows.add(new Row(b.id(), b.name(), own == null ? "" : shown(own)));
        });
    }

    public void saveDefault() {
        try {
            defaultPercent = shown(commissions.changeDefault(defaultPercent));
            feedback.info("shop.commission.default-saved", defaultPercent);
        } catch (InvalidInputException refusal) {
            feedback.refusal(refusal, "default", "shop.commission");
        }
    }

    /** Saves one row; an empty field means the seller pays the default again. */
    public void saveRow(Row row) {
        try {
            if (row.percent == null || row.percent.isBlank()) {
                commissions.removeOverride(row.businessId);
                row.percent = "";
                feedback.info("shop.commission.default-again", row.name);
            } else {
                row.percent = shown(commissions.override(row.businessId, row.percent));
                feedback.info("shop.commission.business-saved", row.name, row.percent);
            }
        } catch (InvalidInputException refusal) {
            feedback.refusal(refusal, "sellers:row:" + rows.indexOf(row), "shop.commission");
        }
    }

    /** In the visitor's language: "4,75" in German, "4.75" in English. */
    private String shown(CommissionRate rate) {
        return feedback.locale().getLanguage().equals("de") ? rate.text().replace('.', ',') : rate.text();
    }

    public String getDefaultPercent() {
        return defaultPercent;
    }

    public void setDefaultPercent(String defaultPercent) {
        this.defaultPercent = defaultPercent;
    }

    public List<Row> getRows() {
        return rows;
    }
}
