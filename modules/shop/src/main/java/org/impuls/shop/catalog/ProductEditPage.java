package org.impuls.shop.catalog;

import jakarta.faces.context.FacesContext;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.impuls.core.api.Caller;
import org.impuls.core.api.FormFeedback;
import org.impuls.core.api.PageAccess;
import org.impuls.core.api.error.InvalidInputException;
import org.impuls.shop.catalog.ProductForm.VariantForm;

/**
 * Backs {@code /backoffice/shop/product.xhtml}: {@code ?id=} edits a product, {@code ?business=} starts a new
 * one. The form holds up to three options; each variant row has a value per option, its SKU, prices in
 * euros, VAT, content, stock and availability. Images are added once the product exists.
 */
@Named("productEdit")
@ViewScoped
public class ProductEditPage implements Serializable {

    private static final long serialVersionUID = 1L;
    static final int MAX_OPTIONS = 3;

    @Inject
    CatalogEditor editor;

    @Inject
    Sellers sellers;

    @Inject
    ShopCategories categories;

    @Inject
    Caller caller;

    @Inject
    FormFeedback feedback;

    @Inject
    Validator validator;

    private Long id;
    private Long business;
    private String businessName;
    private ProductForm form;
    private List<String> allergens = new ArrayList<>();
    private List<Long> imageIds = List.of();
    private transient Part imageFile;

    public void load() throws IOException {
        if (id != null) {
            Product product = PageAccess.loadOrRefuse(() -> editor.managed(id));
            if (product == null) {
                return;
            }
            business = product.getBusinessId();
            form = editor.formOf(product);
            imageIds = List.copyOf(product.getImageIds());
        }
        SellerOfPage.resolve(business, caller, sellers).ifPresent(seller -> {
            business = seller.id();
            businessName = seller.name();
            if (form == null) {
                form = newProduct(seller.id());
            }
        });
        if (form != null) {
            allergens = form.getAllergens().stream().map(Allergen::name).toList();
            padOptions();
        }
    }

    private static ProductForm newProduct(long businessId) {
        ProductForm product = new ProductForm();
        product.setBusinessId(businessId);
        product.getVariants().add(new VariantForm());
        return product;
    }

    /** Checks everything, then creates or updates; refusals appear next to their fields and nothing is written. */
    public String save() {
        form.setAllergens(allergens.stream().map(Allergen::valueOf).toList());
        List<String> typedNames = form.getOptionNames();
        List<List<String>> typedValues =
                form.getVariants().stream().map(VariantForm::getOptionValues).toList();
        List<String> names = typedNames.stream()
                .map(n -> n == null ? "" : n.strip())
                .filter(n -> !n.isEmpty())
                .toList();
        form.setOptionNames(names);
        form.getVariants()
                .forEach(v ->
                        v.setOptionValues(new ArrayList<>(v.getOptionValues().subList(0, names.size()))));
        try {
            List<InvalidInputException> refusals = validator.validate(form).stream()
                    .map(v -> new InvalidInputException(fieldOf(v), v.getMessage()))
                    .toList();
            if (!refusals.isEmpty()) {
                refusals.forEach(this::show);
                return null;
            }
            boolean created = id == null;
            Product saved = created ? editor.create(form) : editor.update(id, form);
            FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
            feedback.info(created ? "shop.edit.created" : "shop.edit.saved", saved.getTitleDe());
            return "/backoffice/shop/product.xhtml?faces-redirect=true&id=" + saved.getId();
        } catch (InvalidInputException refusal) {
            show(refusal);
            return null;
        } finally {
            form.setOptionNames(typedNames);
            for (int i = 0; i < typedValues.size(); i++) {
                form.getVariants().get(i).setOptionValues(typedValues.get(i));
            }
        }
    }

    private static String fieldOf(ConstraintViolation<?> violation) {
        // "variants[1].sku" as the editor names it; "optionNames[0].<list element>" is the option name itself
        return violation.getPropertyPath().toString().replaceAll("\\.<[^>]+>$", "");
    }

    /** A refusal next to its field; a variant's field ({@code variants[1].sku}) next to that row's input. */
    private void show(InvalidInputException refusal) {
        String field = refusal.field().orElse("");
        java.util.regex.Matcher variant =
                java.util.regex.Pattern.compile("variants\\[(\\d+)]\\.(\\w+).*").matcher(field);
        if (variant.matches()) {
            String name = variant.group(2);
            String text = feedback.text("shop.refusal.variant." + name);
            String input = "optionValues".equals(name) ? "sku" : name;
            feedback.refusal(
                    new InvalidInputException(
                            "variants:" + variant.group(1) + ":" + input,
                            text.startsWith("???") ? refusal.getMessage() : text),
                    "product",
                    "shop");
        } else if (field.matches("optionNames\\[\\d+]")) {
            feedback.refusal(
                    new InvalidInputException("option" + field.replaceAll("\\D", ""), refusal.getMessage()),
                    "product",
                    "shop");
        } else if (field.equals("variants") || field.equals("businessId")) {
            feedback.refusal(new InvalidInputException(null, refusal.getMessage()), "product", "shop");
        } else {
            feedback.refusal(refusal, "product", "shop");
        }
    }

    public void addVariant() {
        VariantForm variant = new VariantForm();
        if (!form.getVariants().isEmpty()) {
            VariantForm last = form.getVariants().get(form.getVariants().size() - 1);
            variant.setVatRate(last.getVatRate());
            variant.setContentUnit(last.getContentUnit());
        }
        form.getVariants().add(variant);
        padOptions();
    }

    public void removeVariant(int index) {
        if (form.getVariants().size() > 1) {
            form.getVariants().remove(index);
        }
    }

    /** Three option names and three values per variant, so every field of the form has a place to go. */
    private void padOptions() {
        pad(form.getOptionNames());
        form.getVariants().forEach(v -> pad(v.getOptionValues()));
    }

    private static void pad(List<String> values) {
        while (values.size() < MAX_OPTIONS) {
            values.add("");
        }
    }

    public void uploadImage() {
        if (imageFile == null || imageFile.getSize() == 0) {
            feedback.refusal(new InvalidInputException("image", "choose a JPEG or PNG file first"), "images", "shop");
            return;
        }
        try (InputStream content = imageFile.getInputStream()) {
            editor.addImage(id, content, imageFile.getSubmittedFileName());
            feedback.info("shop.edit.image.added");
        } catch (InvalidInputException refusal) {
            feedback.refusal(new InvalidInputException("image", refusal.getMessage()), "images", "shop");
        } catch (IOException unreadable) {
            feedback.refusal(
                    new InvalidInputException("image", "the upload could not be read; please try again"),
                    "images",
                    "shop");
        }
        imageIds = List.copyOf(editor.managed(id).getImageIds());
    }

    public void removeImage(long mediaId) {
        editor.removeImage(id, mediaId);
        imageIds = List.copyOf(editor.managed(id).getImageIds());
    }

    public void makeMainImage(long mediaId) {
        editor.makeMainImage(id, mediaId);
        imageIds = List.copyOf(editor.managed(id).getImageIds());
    }

    /** An image on the page: its media id and thumbnail. */
    public record Image(long id, String url) {}

    public List<Image> getImages() {
        return imageIds.stream()
                .map(i -> new Image(i, ProductViews.imageUrl(i, "thumb")))
                .toList();
    }

    public List<SelectItem> getCategoryItems() {
        return categories.choices(feedback.locale());
    }

    public List<SelectItem> getAllergenItems() {
        return java.util.Arrays.stream(Allergen.values())
                .map(a -> new SelectItem(a.name(), a.label(feedback.locale())))
                .toList();
    }

    /** The option names typed so far, for the variant table's headings and columns. */
    public List<Integer> getOptionColumns() {
        List<Integer> columns = new ArrayList<>();
        for (int i = 0; i < MAX_OPTIONS; i++) {
            String name = form.getOptionNames().get(i);
            if (name != null && !name.isBlank()) {
                columns.add(i);
            }
        }
        return columns;
    }

    public boolean isNew() {
        return id == null;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Long getBusiness() {
        return business;
    }

    public void setBusiness(Long business) {
        this.business = business;
    }

    public String getBusinessName() {
        return businessName;
    }

    public ProductForm getForm() {
        return form;
    }

    public List<String> getAllergens() {
        return allergens;
    }

    public void setAllergens(List<String> allergens) {
        this.allergens = allergens;
    }

    public Part getImageFile() {
        return imageFile;
    }

    public void setImageFile(Part imageFile) {
        this.imageFile = imageFile;
    }
}
