package org.impuls.systemtest.core;

import static org.assertj.core.api.Assertions.assertThat;

import org.impuls.systemtest.Http;
import org.impuls.systemtest.Portal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Anonymous visitors reach neither the admin nor the back office, whatever URL they type. */
@ExtendWith(Portal.class)
class AreaAccessIT {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/admin/core/index.xhtml",
                "/admin/core/legal.xhtml",
                "/admin/anything/else.xhtml",
                "/backoffice/core/index.xhtml",
                "/backoffice/shop/products.xhtml"
            })
    void protectedAreasSendAnonymousVisitorsToTheLogin(String path, Http http) {
        Http.Answer answer = http.get(path);

        assertThat(answer.status()).isEqualTo(302);
        assertThat(answer.header("Location")).endsWith("/login");
    }

    @Test
    void layoutBuildingBlocksCannotBeOpenedAsPages(Http http) {
        assertThat(http.get("/core/templates/page.xhtml").status()).isEqualTo(403);
        assertThat(http.get("/core/fragments/account-link.xhtml").status()).isEqualTo(403);
    }
}
