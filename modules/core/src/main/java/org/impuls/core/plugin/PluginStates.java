package org.impuls.core.plugin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;

/** Writes lifecycle states, each change in its own short transaction (migrations must run outside one). */
@ApplicationScoped
public class PluginStates {

    @PersistenceContext(unitName = "impuls")
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    PluginRegistry registry;

    @Transactional
    public void installed(String id, String version) {
        PluginState state = em.find(PluginState.class, id);
        if (state == null) {
            em.persist(new PluginState(id, version, clock.instant()));
        } else {
            state.upgradedTo(version);
        }
        em.flush();
        registry.reload();
    }

    @Transactional
    public void moveTo(String id, PluginStatus status) {
        PluginState state = em.find(PluginState.class, id);
        if (state != null) {
            state.moveTo(status, clock.instant());
        }
        em.flush();
        registry.reload();
    }

    @Transactional
    public void failed(String id, String reason) {
        PluginState state = em.find(PluginState.class, id);
        if (state != null) {
            state.fail(reason, clock.instant());
        }
        em.flush();
        registry.reload();
    }

    @Transactional
    public void forget(String id, boolean withSettings) {
        PluginState state = em.find(PluginState.class, id);
        if (state != null) {
            em.remove(state);
        }
        if (withSettings) {
            em.createNativeQuery("delete from plugin_setting where plugin_id = ?1")
                    .setParameter(1, id)
                    .executeUpdate();
        }
        em.flush();
        registry.reload();
    }

    @Transactional
    public void reload() {
        registry.reload();
    }
}
