package org.impuls.systemtest.shop;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import org.impuls.systemtest.Http;
import org.impuls.systemtest.Portal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The demo catalogue in the storefront: the catalogue page, a product page with its legal details, products on a profile. */
@ExtendWith(Portal.class)
class StorefrontPagesIT {

    @Test
    void theDemoCatalogueHasAtLeast250ProductsFrom12Merchants(Http http) {
        JsonObject all = http.get("/api/shop/products?size=1").json();

        assertThat(all.getInt("total")).isGreaterThanOrEqualTo(250);
        assertThat(all.getJsonArray("merchants")).hasSizeGreaterThanOrEqualTo(12);
    }

    @Test
    void aWinePageShowsGrossPriceBasePriceVatNoteAgeLimitAndAllergens(Http http) {
        long id = http.get("/api/shop/products?q=riesling+gro%C3%9Fes+gew%C3%A4chs")
                .json()
                .getJsonArray("items")
                .getJsonObject(0)
                .getJsonNumber("id")
                .longValue();

        String page = http.get("/produkte/" + id).body();

        // amounts and € are joined by a no-break space, as German formatting wants
        assertThat(page)
                .contains(
                        "Riesling Großes Gewächs",
                        "28,90\u00a0€",
                        "(38,53\u00a0€ / l)",
                        "inkl. MwSt.",
                        "zzgl. Versandkosten",
                        "ab 16 Jahren",
                        "Schwefeldioxid und Sulphite",
                        "Vinothek Lauterstolz",
                        "1 Flasche",
                        "6 Flaschen");
        assertThat(http.get("/produkte/" + id + "?lang=en").body())
                .contains("Riesling Grand Cru", "incl. VAT", "Sulphur dioxide");
        assertThat(http.get("/produkte/99999999").status()).isEqualTo(404);
    }

    @Test
    void aBeerShowsItsDepositApartFromThePrice(Http http) {
        long id = http.get("/api/shop/products?q=lauterbr%C3%A4u+hell")
                .json()
                .getJsonArray("items")
                .getJsonObject(0)
                .getJsonNumber("id")
                .longValue();

        JsonObject details = http.get("/api/shop/products/" + id).json();

        assertThat(details.getJsonObject("deposit").getInt("cents")).isEqualTo(8);
        assertThat(details.getInt("ageLimit")).isEqualTo(16);
        assertThat(http.get("/produkte/" + id).body()).contains("Pfand: 0,08\u00a0€");
    }

    @Test
    void theDemoMerchantOpensOnlyTheirOwnDeliverySettings(Http http) {
        String session = http.logIn("haendler@impuls.example", "haendler-demo");
        long bakery = http.get("/api/directory/businesses/baeckerei-mueller")
                .json()
                .getJsonObject("summary")
                .getJsonNumber("id")
                .longValue();
        long butcher = http.get("/api/directory/businesses/metzgerei-kuhn")
                .json()
                .getJsonObject("summary")
                .getJsonNumber("id")
                .longValue();

        Http.Answer own = http.get("/backoffice/shop/delivery.xhtml?business=" + bakery, "Cookie", session);
        assertThat(own.status()).isEqualTo(200);
        assertThat(own.body()).contains("Bäckerei Müller", "67655-67663", "4,90");
        assertThat(http.get("/backoffice/shop/delivery.xhtml?business=" + bakery + "&lang=en", "Cookie", session)
                        .body())
                .as("amounts as English writes them")
                .contains("4.90");
        assertThat(http.get("/backoffice/shop/delivery.xhtml?business=" + butcher, "Cookie", session)
                        .status())
                .isEqualTo(403);
    }

    @Test
    void thePriceFilterIsReadAsTheVisitorsLanguageWritesItAndAnOverPreciseOneIsRefusedSayingHow(Http http) {
        assertThat(http.get("/produkte?q=k%C3%A4se&minPrice=1,50").body())
                .doesNotContain("id=\"shop-problem\"")
                .contains("Käse und Milchprodukte (");
        assertThat(http.get("/produkte?q=k%C3%A4se&minPrice=1.50&lang=en").body())
                .doesNotContain("id=\"shop-problem\"");

        assertThat(http.get("/produkte?q=k%C3%A4se&minPrice=1,505").body())
                .contains("id=\"shop-problem\"", "Preis ab (€): „1,505“ hat mehr als zwei Nachkommastellen", "12,50");
        assertThat(http.get("/produkte?q=k%C3%A4se&maxPrice=1,50&lang=en").body())
                .contains("id=\"shop-problem\"", "Price up to (€):", "please give the amount as 12.50");
    }

    @Test
    void theCataloguePageFiltersAndTheProfileShowsTheMerchantsProducts(Http http) {
        String page = http.get("/produkte?q=k%C3%A4se").body();
        assertThat(page).contains("Käserei Pfälzer Bergland (", "Käse und Milchprodukte (", "inkl. MwSt.");

        JsonObject cheese =
                http.get("/api/directory/businesses/kaeserei-pfaelzer-bergland").json();
        long merchant = cheese.getJsonObject("summary").getJsonNumber("id").longValue();
        String newest = http.get("/api/shop/products?merchant=" + merchant + "&sort=newest&size=1")
                .json()
                .getJsonArray("items")
                .getJsonObject(0)
                .getString("title");
        String profile = http.get("/betriebe/kaeserei-pfaelzer-bergland").body();
        assertThat(profile).contains("id=\"business-products\"", newest, "/produkte?merchant=" + merchant);
        assertThat(http.get("/suche?q=bergk%C3%A4se").body()).contains("Bergkäse, 6 Monate");
    }
}
