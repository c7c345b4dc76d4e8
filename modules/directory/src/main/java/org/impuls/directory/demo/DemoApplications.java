package org.impuls.directory.demo;

import java.util.List;
import org.impuls.directory.admission.ApplicationForm;
import org.impuls.directory.api.BusinessKind;

/** Applications waiting in the demo's review queue: two ordinary ones, one from outside the region, one chain. */
final class DemoApplications {

    private DemoApplications() {}

    static List<ApplicationForm> all() {
        return List.of(
                application(
                        "Hofcafé Rodenbach",
                        BusinessKind.COMMERCIAL,
                        "cafes",
                        "Hauptstraße 5",
                        "67688",
                        "Rodenbach",
                        4,
                        1,
                        "67688",
                        "Café im alten Bauernhof mit Kuchen aus eigener Herstellung."),
                application(
                        "Tanzsportclub Hochspeyer e.V.",
                        BusinessKind.CLUB,
                        "sportvereine",
                        "Turnstraße 2",
                        "67691",
                        "Hochspeyer",
                        0,
                        1,
                        "67691",
                        "Standard- und Lateintanz für Kinder und Erwachsene."),
                application(
                        "Weinstube Südpfalz",
                        BusinessKind.COMMERCIAL,
                        "weinhandel",
                        "Marktstraße 1",
                        "67655",
                        "Kaiserslautern",
                        6,
                        2,
                        "76829",
                        "Weinprobierstube; der Betrieb sitzt in Landau."),
                application(
                        "BackWelt Filialbäckerei GmbH",
                        BusinessKind.COMMERCIAL,
                        "baeckereien",
                        "Fackelstraße 1",
                        "67655",
                        "Kaiserslautern",
                        850,
                        140,
                        "80331",
                        "Über 140 Filialen in ganz Deutschland."));
    }

    private static ApplicationForm application(
            String name,
            BusinessKind kind,
            String category,
            String street,
            String postalCode,
            String city,
            int employees,
            int branches,
            String headOffice,
            String description) {
        ApplicationForm form = new ApplicationForm();
        form.setName(name);
        form.setKind(kind);
        form.setCategories(List.of(category));
        form.setStreet(street);
        form.setPostalCode(postalCode);
        form.setCity(city);
        form.setEmployees(employees);
        form.setBranches(branches);
        form.setHeadOfficePostalCode(headOffice);
        form.setDescriptionDe(description);
        return form;
    }
}
