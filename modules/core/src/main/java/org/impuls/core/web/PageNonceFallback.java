package org.impuls.core.web;

import jakarta.faces.component.UIViewRoot;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.ExternalContextFactory;
import jakarta.faces.context.ExternalContextWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;

/**
 * A form sent without JavaScript (or by a plain HTTP client) lacks the {@code primefaces.nonce} field that
 * PrimeFaces' script adds to every form; PrimeFaces would refuse to render the page again ("CSP nonce mismatch")
 * and the visitor would see the error page instead of the form with its messages. Such a postback gets the nonce
 * of its own view, which the server chose, so nothing a client sends ever becomes the nonce.
 */
public class PageNonceFallback extends ExternalContextFactory {

    static final String NONCE = "primefaces.nonce";

    public PageNonceFallback(ExternalContextFactory wrapped) {
        super(wrapped);
    }

    @Override
    public ExternalContext getExternalContext(Object context, Object request, Object response) {
        ExternalContext external = getWrapped().getExternalContext(context, request, response);
        if (!(request instanceof HttpServletRequest http) || !"POST".equals(http.getMethod())) {
            return external;
        }
        return new ExternalContextWrapper(external) {
            @Override
            public Map<String, String> getRequestParameterMap() {
                Map<String, String> parameters = super.getRequestParameterMap();
                String viewNonce = parameters.containsKey(NONCE) ? null : viewNonce();
                if (viewNonce == null) {
                    return parameters;
                }
                Map<String, String> completed = new HashMap<>(parameters);
                completed.put(NONCE, viewNonce);
                return Collections.unmodifiableMap(completed);
            }
        };
    }

    private static String viewNonce() {
        FacesContext faces = FacesContext.getCurrentInstance();
        UIViewRoot view = faces == null ? null : faces.getViewRoot();
        Map<String, Object> viewMap = view == null ? null : view.getViewMap(false);
        return viewMap == null ? null : (String) viewMap.get(NONCE);
    }
}
