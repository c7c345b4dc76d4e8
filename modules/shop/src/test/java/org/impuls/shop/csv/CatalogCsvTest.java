package org.impuls.shop.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.stream.Collectors;
import org.impuls.shop.catalog.Allergen;
import org.impuls.shop.catalog.ProductForm;
import org.junit.jupiter.api.Test;

class CatalogCsvTest {

    private static final String HEADER =
            "product;sku;title_de;category;option_names;option_values;price;sale_price;vat;content;unit;stock;"
                    + "food;allergens;ingredients\n";

    @Test
    void theDemoCatalogueReadsWithoutAProblem() throws IOException {
        try (InputStream in = CatalogCsv.class.getResourceAsStream("/demo/products.csv")) {
            CatalogCsv.Parsed parsed = CatalogCsv.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));

            assertThat(parsed.errors()).isEmpty();
            assertThat(parsed.drafts()).hasSizeGreaterThanOrEqualTo(250);
            assertThat(parsed.drafts().stream().map(CatalogCsv.Draft::merchant).collect(Collectors.toSet()))
                    .hasSizeGreaterThanOrEqualTo(12);
        }
    }

    @Test
    void rowsOfOneProductBecomeItsVariantsWithGermanDecimalCommas() {
        CatalogCsv.Parsed parsed = CatalogCsv.parse("\uFEFF" + HEADER
                + "kaffee;K-250;Röstkaffee;kaffee-tee;Größe;250 g;5,49;4,49;7;250;g;20;ja;;Arabica\n"
                + "kaffee;K-1000;Röstkaffee;kaffee-tee;Größe;1 kg;1.234,50;;7;1;kg;;ja;;Arabica\n"
                + "brot;B-1;Bauernbrot;brot-backwaren;;;4.20;;7;1000;g;5;ja;gluten,MILK;Mehl, Milch\n");

        assertThat(parsed.errors()).isEmpty();
        ProductForm coffee = parsed.drafts().get(0).form();
        assertThat(coffee.getOptionNames()).containsExactly("Größe");
        assertThat(coffee.getVariants()).hasSize(2);
        assertThat(coffee.getVariants().get(0).getPriceCents()).isEqualTo(549);
        assertThat(coffee.getVariants().get(0).getSalePriceCents()).isEqualTo(449);
        assertThat(coffee.getVariants().get(1).getPriceCents()).isEqualTo(123450);
        assertThat(coffee.getVariants().get(1).getStock())
                .as("empty stock: not tracked")
                .isNull();
        assertThat(parsed.drafts().get(0).lines()).containsExactly(2L, 3L);
        ProductForm bread = parsed.drafts().get(1).form();
        assertThat(bread.getVariants().get(0).getPriceCents()).isEqualTo(420);
        assertThat(bread.getAllergens()).containsExactly(Allergen.GLUTEN, Allergen.MILK);
    }

    @Test
    void commasAsSeparatorsWork() {
        CatalogCsv.Parsed parsed =
                CatalogCsv.parse("product,sku,title_de,category,price,vat\nx,X-1,Kerze,kerzen-deko,\"12,90\",19\n");

        assertThat(parsed.errors()).isEmpty();
        assertThat(parsed.drafts().get(0).form().getVariants().get(0).getPriceCents())
                .isEqualTo(1290);
    }

    @Test
    void everyProblemIsReportedWithLineAndColumn() {
        CatalogCsv.Parsed parsed = CatalogCsv.parse(HEADER
                + "a;A-1;Apfel;obst-gemuese;;;drei Euro;;7;;;;vielleicht;;\n"
                + "b;B-1;Birne;obst-gemuese;;;2,999;;7;;;viele;ja;ERDBEEREN;Birne\n");

        assertThat(parsed.errors())
                .extracting(e -> e.line() + ":" + e.column())
                .containsExactlyInAnyOrder("2:price", "2:food", "3:price", "3:stock", "3:allergens");
    }

    @Test
    void amountsAreReadAsTheirSeparatorsShowGermanWithACommaEnglishWithout() {
        CatalogCsv.Parsed parsed = CatalogCsv.parse(HEADER
                + "a;A-1;Apfel;obst-gemuese;;;1.234,5;3,49 €;7;;;;;;\n"
                + "b;B-1;Birne;obst-gemuese;;;1234.50;3;7;;;;;;\n"
                + "c;C-1;Quitte;obst-gemuese;;;3.49,00;1.234;7;;;;;;\n"
                + "d;D-1;Mispel;obst-gemuese;;;1,234.50;-3,49;7;;;;;;\n");

        assertThat(parsed.drafts().get(0).form().getVariants().get(0).getPriceCents())
                .isEqualTo(123450);
        assertThat(parsed.drafts().get(0).form().getVariants().get(0).getSalePriceCents())
                .isEqualTo(349);
        assertThat(parsed.drafts().get(1).form().getVariants().get(0).getPriceCents())
                .isEqualTo(123450);
        assertThat(parsed.drafts().get(1).form().getVariants().get(0).getSalePriceCents())
                .isEqualTo(300);
        assertThat(parsed.errors())
                .as("bad grouping, a point with three decimals, mixed separators, negative")
                .extracting(e -> e.line() + ":" + e.column() + ":" + e.message())
                .containsExactlyInAnyOrder(
                        "4:price:'3.49,00' is not an amount in euros like 3,49",
                        "4:sale_price:'1.234' is not an amount in euros like 3,49",
                        "5:price:'1,234.50' is not an amount in euros like 3,49",
                        "5:sale_price:'-3,49' is not an amount in euros like 3,49");
    }

    @Test
    void aFileWithoutTheRequiredColumnsSaysWhichAreMissing() {
        CatalogCsv.Parsed parsed = CatalogCsv.parse("name;preis\nApfel;1,00\n");

        assertThat(parsed.drafts()).isEmpty();
        assertThat(parsed.errors())
                .singleElement()
                .satisfies(e -> assertThat(e.column()).contains("product", "sku", "price"));
    }
}
