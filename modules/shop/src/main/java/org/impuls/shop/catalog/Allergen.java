package org.impuls.shop.catalog;

import java.util.Locale;
import org.impuls.core.api.language.LocalizedText;

/** The 14 allergens the EU food information regulation (LMIV, Annex II) requires to be named. */
public enum Allergen {
    GLUTEN("Glutenhaltiges Getreide", "Cereals containing gluten"),
    CRUSTACEANS("Krebstiere", "Crustaceans"),
    EGGS("Eier", "Eggs"),
    FISH("Fisch", "Fish"),
    PEANUTS("Erdnüsse", "Peanuts"),
    SOY("Soja", "Soybeans"),
    MILK("Milch (einschließlich Laktose)", "Milk (including lactose)"),
    NUTS("Schalenfrüchte (Nüsse)", "Tree nuts"),
    CELERY("Sellerie", "Celery"),
    MUSTARD("Senf", "Mustard"),
    SESAME("Sesam", "Sesame"),
    SULPHITES("Schwefeldioxid und Sulphite", "Sulphur dioxide and sulphites"),
    LUPIN("Lupinen", "Lupin"),
    MOLLUSCS("Weichtiere", "Molluscs");

    private final LocalizedText label;

    Allergen(String german, String english) {
        this.label = LocalizedText.of(german, english);
    }

    public String label(Locale locale) {
        return label.in(locale);
    }
}
