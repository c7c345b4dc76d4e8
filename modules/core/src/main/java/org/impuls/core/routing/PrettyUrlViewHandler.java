package org.impuls.core.routing;

import jakarta.faces.application.ViewHandler;
import jakarta.faces.application.ViewHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.servlet.RequestDispatcher;
import java.util.Map;

/**
 * Forms on a page reached by a readable URL post back to that URL, so the address bar keeps showing
 * {@code /impressum} rather than {@code /legal.xhtml}.
 */
public class PrettyUrlViewHandler extends ViewHandlerWrapper {

    public PrettyUrlViewHandler(ViewHandler wrapped) {
        super(wrapped);
    }

    @Override
    public String getActionURL(FacesContext context, String viewId) {
        Map<String, Object> attributes = context.getExternalContext().getRequestMap();
        Object prettyUri = attributes.get(RequestDispatcher.FORWARD_REQUEST_URI);
        boolean sameView = context.getViewRoot() != null
                && viewId.equals(context.getViewRoot().getViewId());
        if (prettyUri instanceof String uri && sameView && !isErrorPage(attributes)) {
            return uri;
        }
        return super.getActionURL(context, viewId);
    }

    private static boolean isErrorPage(Map<String, Object> attributes) {
        return attributes.containsKey(RequestDispatcher.ERROR_STATUS_CODE);
    }
}
