/** The audit log: who did what to whom, when and from where; operators read it in the admin. */
package org.impuls.core.audit;
