package org.impuls.core.account;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

/** Where a visitor wanted to go before they were asked to log in; only ever a path of this portal. */
final class ContinueAfterLogin {

    private static final String ATTRIBUTE = ContinueAfterLogin.class.getName();

    private ContinueAfterLogin() {}

    static void remember(HttpServletRequest request) {
        if (!"GET".equals(request.getMethod())) {
            return; // a form posted while logged out cannot be replayed; its page is reopened instead
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        String query = request.getQueryString();
        request.getSession().setAttribute(ATTRIBUTE, path + (query == null ? "" : "?" + query));
    }

    /** The remembered path (then forgotten), or "/" when there is none. */
    static String take(HttpSession session) {
        Object path = session == null ? null : session.getAttribute(ATTRIBUTE);
        if (session != null) {
            session.removeAttribute(ATTRIBUTE);
        }
        // never an absolute or protocol-relative URL: no open redirect
        return path instanceof String local && local.startsWith("/") && !local.startsWith("//") ? local : "/";
    }
}
