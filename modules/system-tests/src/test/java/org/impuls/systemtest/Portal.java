package org.impuls.systemtest;

import java.nio.file.Files;
import java.nio.file.Path;
import org.impuls.launcher.FreePort;
import org.impuls.launcher.Launcher;
import org.impuls.launcher.RunningPortal;
import org.impuls.launcher.Settings;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * JUnit extension that starts the real portal once per test JVM (the launcher, so embedded
 * PostgreSQL in a fresh folder plus Payara Micro on a free port, demo mode on, the example plugin
 * dropped into its plugins folder) and stops it when
 * all tests are done. Test classes say {@code @ExtendWith(Portal.class)} and take a {@link
 * RunningPortal}, {@link Http}, {@link Mailbox} (the SMTP server the portal sends to) or {@link Database}
 * parameter.
 */
public class Portal implements BeforeAllCallback, ParameterResolver {

    private static final String KEY = "impuls-portal";

    @Override
    public void beforeAll(ExtensionContext context) {
        running(context);
    }

    static RunningPortal running(ExtensionContext context) {
        return started(context).portal();
    }

    private static Started started(ExtensionContext context) {
        return context.getRoot()
                .getStore(ExtensionContext.Namespace.GLOBAL)
                .getOrComputeIfAbsent(KEY, key -> start(), Started.class);
    }

    private static Started start() {
        try {
            Mailbox mailbox = new Mailbox(FreePort.find());
            System.setProperty("impuls.smtp.host", "127.0.0.1");
            System.setProperty("impuls.smtp.port", String.valueOf(mailbox.port()));
            System.setProperty("impuls.mail.retry-seconds", "1"); // retries within a test's patience
            System.setProperty("impuls.backup.notice-seconds", "1"); // failed backups reported within a test's patience
            System.setProperty("impuls.shop.stock.expiry-seconds", "1"); // unpaid reservations run out within it too
            System.setProperty("impuls.shop.order.timeout-check-seconds", "1"); // and unpaid orders are cancelled
            System.setProperty("impuls.shop.bank-transfer.days", "0.0004"); // 35 s for a bank transfer to arrive
            Path dataDir = Files.createTempDirectory("impuls-it-");
            Settings settings = Settings.fromEnvironment(Path.of("target", "impuls.war"))
                    .withHttpPort(FreePort.find())
                    .withDataDir(dataDir)
                    .withPluginsDir(Path.of("target", "plugins"))
                    .withDemo(true);
            return new Started(Launcher.start(settings), mailbox);
        } catch (Exception e) {
            throw new IllegalStateException("the portal did not start", e);
        }
    }

    /** Closed by JUnit when the root context ends, i.e. after the last test of the run. */
    private record Started(RunningPortal portal, Mailbox mailbox) implements ExtensionContext.Store.CloseableResource {
        @Override
        public void close() {
            portal.close();
            mailbox.stop();
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        return type == RunningPortal.class || type == Http.class || type == Mailbox.class || type == Database.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        Started started = started(context);
        Class<?> type = parameter.getParameter().getType();
        if (type == Http.class) {
            return new Http(started.portal().baseUrl());
        }
        if (type == Mailbox.class) {
            return started.mailbox();
        }
        if (type == Database.class) {
            return new Database(started.portal().embeddedJdbcUrl().orElseThrow());
        }
        return started.portal();
    }
}
