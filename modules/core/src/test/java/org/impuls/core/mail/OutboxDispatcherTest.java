package org.impuls.core.mail;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.enterprise.concurrent.ManagedExecutorService;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Commits that queue mail while a run after a commit waits share that run; a commit after it started gets its own. */
class OutboxDispatcherTest {

    private final List<Runnable> submitted = new ArrayList<>();
    private int deliveries;

    private OutboxDispatcher dispatcher() {
        OutboxDispatcher dispatcher = new OutboxDispatcher();
        dispatcher.executor = (ManagedExecutorService) Proxy.newProxyInstance(
                getClass().getClassLoader(), new Class<?>[] {ManagedExecutorService.class}, (proxy, method, args) -> {
                    if (method.getName().equals("submit")) {
                        submitted.add((Runnable) args[0]);
                        return null;
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
        dispatcher.delivery = new OutboxDelivery() {
            @Override
            public int deliverDue() {
                deliveries++;
                return 0;
            }
        };
        return dispatcher;
    }

    @Test
    void commitsBeforeTheRunStartsShareOneRun() {
        OutboxDispatcher dispatcher = dispatcher();
        for (int i = 0; i < 4; i++) {
            dispatcher.afterCommit(new MailOutbox.MailQueued());
        }
        assertThat(submitted).hasSize(1);
        submitted.get(0).run();
        assertThat(deliveries).isEqualTo(1);
    }

    @Test
    void aCommitAfterTheRunStartedGetsARunOfItsOwn() {
        OutboxDispatcher dispatcher = dispatcher();
        dispatcher.afterCommit(new MailOutbox.MailQueued());
        submitted.get(0).run();
        dispatcher.afterCommit(new MailOutbox.MailQueued());
        assertThat(submitted).hasSize(2);
        submitted.get(1).run();
        assertThat(deliveries).isEqualTo(2);
    }
}
