package org.impuls.plugins.pinnwand;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.impuls.core.api.error.InvalidInputException;

/** Backs the board page {@code /pinnwand}, the home page slot and the admin page. */
@Named("pinnwand")
@RequestScoped
public class NoticeBoardPage {

    @Inject
    Notices notices;

    private List<Notice> newest;
    private String text;

    public List<Notice> getNewest() {
        if (newest == null) {
            newest = notices.newest();
        }
        return newest;
    }

    public String getTitle() {
        return notices.title();
    }

    public void post() {
        try {
            notices.post(text, "Betreiber");
            text = null;
            newest = null;
        } catch (InvalidInputException refusal) {
            FacesContext.getCurrentInstance()
                    .addMessage(
                            "notice:text",
                            new FacesMessage(FacesMessage.SEVERITY_ERROR, refusal.getMessage(), refusal.getMessage()));
        }
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }
}
