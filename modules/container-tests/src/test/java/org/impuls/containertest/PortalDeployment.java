package org.impuls.containertest;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The portal WAR as built, plus the test classes, pointed at an embedded PostgreSQL that this JVM
 * starts (Arquillian boots Payara Micro, not our launcher, so the database must come from here).
 */
final class PortalDeployment {

    private static EmbeddedPostgres database;

    private PortalDeployment() {}

    static WebArchive withTests(Class<?>... testClasses) {
        String original = readOriginalConfig();
        WebArchive war = ShrinkWrap.createFromZipFile(WebArchive.class, new File("target/impuls.war"));
        war.delete("WEB-INF/classes/META-INF/microprofile-config.properties");
        war.addAsResource(
                new StringAsset(original + "\n" + databaseConfig()), "META-INF/microprofile-config.properties");
        return war.addClasses(testClasses).addClass(PortalDeployment.class);
    }

    private static synchronized String databaseConfig() {
        try {
            if (database == null) {
                Path folder = Files.createTempDirectory("impuls-arquillian-db-");
                database = EmbeddedPostgres.builder()
                        .setDataDirectory(folder)
                        .setCleanDataDirectory(true)
                        .start();
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    try {
                        database.close();
                    } catch (IOException ignored) {
                        // the JVM ends anyway
                    }
                }));
            }
            // demo data stores pictures: into a temporary folder, never into the source tree
            Path media = Files.createTempDirectory("impuls-arquillian-media-");
            return "impuls.db.url=" + database.getJdbcUrl("postgres", "postgres") + "\n"
                    + "impuls.db.user=postgres\nimpuls.db.password=postgres\nimpuls.demo=true\n"
                    // what the launcher would set; these tests make no absolute links, so the random port does not
                    // matter
                    + "impuls.base-url=http://localhost\n"
                    + "impuls.media.dir=" + media.toString().replace('\\', '/') + "\n";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String readOriginalConfig() {
        WebArchive war = ShrinkWrap.createFromZipFile(WebArchive.class, new File("target/impuls.war"));
        try (var in = war.get("WEB-INF/classes/META-INF/microprofile-config.properties")
                .getAsset()
                .openStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
