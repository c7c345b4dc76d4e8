package org.impuls.core.rest;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Comparator;
import java.util.List;

/** Bean Validation failures become 400 with one entry per invalid field. */
@Provider
public class ConstraintViolationMapper implements ExceptionMapper<ConstraintViolationException> {

    @Override
    public Response toResponse(ConstraintViolationException exception) {
        List<Problem.FieldError> errors = exception.getConstraintViolations().stream()
                .map(violation -> new Problem.FieldError(fieldOf(violation), violation.getMessage()))
                .sorted(Comparator.comparing(Problem.FieldError::field))
                .toList();
        String detail = errors.size() == 1
                ? "Invalid " + errors.get(0).field() + ": " + errors.get(0).message()
                : errors.size() + " fields are invalid; see errors.";
        return Problem.invalid(detail, errors).toResponse();
    }

    /** "search.arg1.size" or "create.product.title": the part a client knows, i.e. after the method and argument. */
    static String fieldOf(ConstraintViolation<?> violation) {
        StringBuilder field = new StringBuilder();
        for (Path.Node node : violation.getPropertyPath()) {
            switch (node.getKind()) {
                case METHOD, CONSTRUCTOR, RETURN_VALUE, CROSS_PARAMETER -> field.setLength(0);
                case PARAMETER -> {
                    field.setLength(0);
                    field.append(node.getName());
                }
                default -> {
                    if (node.getName() == null) {
                        continue;
                    }
                    if (isBodyParameter(field)) {
                        field.setLength(0);
                    } else if (!field.isEmpty()) {
                        field.append('.');
                    }
                    field.append(node.getName());
                }
            }
        }
        return field.isEmpty() ? "request" : field.toString();
    }

    // a request body parameter's own name (e.g. "arg0" or "product") means nothing to the client
    private static boolean isBodyParameter(StringBuilder field) {
        return field.indexOf(".") < 0 && !field.isEmpty();
    }
}
