package org.newsroom.media.web;

import jakarta.validation.constraints.Size;
import org.newsroom.media.ImageDetails;
import org.newsroom.media.ImageEdit;

/** The image page's form: what the library says about an image. */
public class ImageForm {

    @Size(max = 1000, message = "Alt text has at most 1,000 characters.")
    private String alt;

    @Size(max = 2000, message = "A caption has at most 2,000 characters.")
    private String caption;

    @Size(max = 300, message = "A credit has at most 300 characters.")
    private String credit;

    private boolean decorative;

    private long version;

    static ImageForm from(ImageDetails image) {
        ImageForm form = new ImageForm();
        form.alt = image.alt();
        form.caption = image.caption();
        form.credit = image.credit();
        form.decorative = image.decorative();
        form.version = image.version();
        return form;
    }

    ImageEdit toEdit() {
        return new ImageEdit(alt, caption, credit, decorative);
    }

    public String getAlt() {
        return alt;
    }

    public void setAlt(String alt) {
        this.alt = alt;
    }

    public String getCaption() {
        return caption;
    }

    public void setCaption(String caption) {
        this.caption = caption;
    }

    public String getCredit() {
        return credit;
    }

    public void setCredit(String credit) {
        this.credit = credit;
    }

    public boolean isDecorative() {
        return decorative;
    }

    public void setDecorative(boolean decorative) {
        this.decorative = decorative;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
