package org.haven.web;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.ConstraintViolationException;

import org.haven.shared.FieldError;
import org.haven.shared.PlausibleDates;
import org.haven.shared.ProblemException;
import org.haven.shared.ProblemType;
import org.haven.shared.Problems;
import org.haven.shared.RequestValidation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.servlet.resource.NoResourceFoundException;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * Turns every failure into problem+json with one of the stable {@link ProblemType}s. A client
 * error explains itself (field by field where it can); an unexpected error is logged here and
 * answered without any internal detail.
 */
@RestControllerAdvice
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

    @ExceptionHandler(ProblemException.class)
    ResponseEntity<Object> handleProblem(ProblemException exception) {
        ProblemDetail problem = Problems.of(exception.type(), exception.getMessage(), exception.errors());
        exception.properties().forEach(problem::setProperty);
        if (exception.retryAfterSeconds() != null) {
            return ResponseEntity.status(problem.getStatus())
                    .header(HttpHeaders.RETRY_AFTER, exception.retryAfterSeconds().toString())
                    .contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON)
                    .body(problem);
        }
        return problem(problem);
    }

    @ExceptionHandler(ConstraintViolationException.class)
    ResponseEntity<Object> handleConstraintViolation(ConstraintViolationException exception) {
        List<FieldError> errors = exception.getConstraintViolations().stream()
                .map(violation -> new FieldError(lastNode(violation.getPropertyPath().toString()),
                        RequestValidation.codeOf(violation.getConstraintDescriptor().getAnnotation().annotationType()
                                .getSimpleName()), violation.getMessage()))
                .toList();
        return problem(Problems.of(ProblemType.VALIDATION_FAILED, "Some values are not valid.", errors));
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<Object> handleTypeMismatch(MethodArgumentTypeMismatchException exception) {
        String message = "This value is not valid here.";
        return problem(Problems.of(ProblemType.VALIDATION_FAILED, "Parameter '" + exception.getName() + "' is not valid.",
                List.of(new FieldError(exception.getName(), FieldError.INVALID_VALUE, message))));
    }

    /**
     * Two people saved the same record at once (a stale version), or waited too long for a row
     * another change held locked: the later one must see the other's change first.
     */
    @ExceptionHandler(org.springframework.dao.ConcurrencyFailureException.class)
    ResponseEntity<Object> handleConcurrentChange(org.springframework.dao.ConcurrencyFailureException exception) {
        return problem(Problems.of(ProblemType.CONFLICT,
                "Someone else changed this record at the same moment. Reload it and try again."));
    }

    /**
     * The firewall refuses a parameter name or value only when MVC reads the parameters (e.g. a
     * form-encoded body with odd names): bad input, so 400 like the filter-level refusals.
     */
    @ExceptionHandler(org.springframework.security.web.firewall.RequestRejectedException.class)
    ResponseEntity<Object> handleRejected(org.springframework.security.web.firewall.RequestRejectedException exception) {
        return problem(Problems.of(ProblemType.MALFORMED_REQUEST, "The request could not be read."));
    }

    /** Method security refusals that reach MVC (URL rules answer earlier, in the filter chain). */
    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<Object> handleAccessDenied(AccessDeniedException exception) {
        return problem(Problems.of(ProblemType.ACCESS_DENIED, "You are not allowed to do this."));
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<Object> handleUnexpected(Exception exception) {
        log.error("Unexpected error", exception);
        return problem(Problems.of(ProblemType.INTERNAL_ERROR,
                "Something went wrong on our side. Nothing was changed; please try again."));
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException exception,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<FieldError> errors = exception.getBindingResult().getFieldErrors().stream()
                .map(error -> new FieldError(error.getField(), RequestValidation.codeOf(error.getCode()),
                        error.getDefaultMessage()))
                .toList();
        return problem(Problems.of(ProblemType.VALIDATION_FAILED, "Some fields are not valid.", errors));
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException exception,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<FieldError> errors = exception.getParameterValidationResults().stream()
                .flatMap(result -> result.getResolvableErrors().stream()
                        .map(error -> new FieldError(result.getMethodParameter().getParameterName(),
                                RequestValidation.codeOf(error.getCodes() == null ? null : error.getCodes()[error.getCodes().length - 1]),
                                error.getDefaultMessage())))
                .toList();
        return problem(Problems.of(ProblemType.VALIDATION_FAILED, "Some values are not valid.", errors));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException exception,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        if (RequestSizeLimitFilter.causedByTooLarge(exception)) {
            return problem(Problems.of(ProblemType.PAYLOAD_TOO_LARGE, "The request is too large."));
        }
        Throwable cause = exception.getCause();
        if (cause instanceof UnrecognizedPropertyException unknown) {
            return problem(Problems.of(ProblemType.VALIDATION_FAILED, "Unknown field '" + unknown.getPropertyName() + "'.",
                    List.of(new FieldError(unknown.getPropertyName(), FieldError.UNKNOWN_FIELD,
                            "This field is not accepted here."))));
        }
        if (cause instanceof InvalidFormatException invalid && !invalid.getPath().isEmpty()
                && invalid.getValue() instanceof LocalDate) {
            String field = fieldPath(invalid);
            return problem(Problems.of(ProblemType.VALIDATION_FAILED, "Field '" + field + "' is not a plausible date.",
                    List.of(new FieldError(field, PlausibleDates.OUT_OF_RANGE, PlausibleDates.MESSAGE))));
        }
        if (cause instanceof InvalidFormatException invalid && !invalid.getPath().isEmpty()) {
            String field = fieldPath(invalid);
            return problem(Problems.of(ProblemType.VALIDATION_FAILED, "Field '" + field + "' has a value of the wrong kind.",
                    List.of(new FieldError(field, FieldError.INVALID_VALUE, "This value is not valid here."))));
        }
        return problem(Problems.of(ProblemType.MALFORMED_REQUEST, "The request body is missing or is not valid JSON."));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMediaTypeNotSupported(HttpMediaTypeNotSupportedException exception,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return problem(Problems.of(ProblemType.UNSUPPORTED_MEDIA_TYPE,
                "This endpoint accepts " + exception.getSupportedMediaTypes() + "."));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMediaTypeNotAcceptable(HttpMediaTypeNotAcceptableException exception,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return problem(Problems.of(ProblemType.NOT_ACCEPTABLE, "This endpoint answers in JSON."));
    }

    @Override
    protected ResponseEntity<Object> handleHttpRequestMethodNotSupported(HttpRequestMethodNotSupportedException exception,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return problem(Problems.of(ProblemType.METHOD_NOT_ALLOWED,
                "Method " + exception.getMethod() + " is not allowed here."));
    }

    @Override
    protected ResponseEntity<Object> handleNoResourceFoundException(NoResourceFoundException exception,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return problem(Problems.of(ProblemType.NOT_FOUND, "There is nothing at this address."));
    }

    @Override
    protected ResponseEntity<Object> handleMaxUploadSizeExceededException(MaxUploadSizeExceededException exception,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return problem(Problems.of(ProblemType.PAYLOAD_TOO_LARGE, "The upload is too large."));
    }

    /** Every other Spring MVC failure keeps its status but gets a stable type and no internals. */
    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception exception, Object body, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        ProblemType type = status.is5xxServerError() ? ProblemType.INTERNAL_ERROR : ProblemType.MALFORMED_REQUEST;
        if (status.is5xxServerError()) {
            log.error("Request failed", exception);
        }
        ProblemDetail problem = Problems.of(type, type == ProblemType.INTERNAL_ERROR
                ? "Something went wrong on our side. Please try again." : "The request is not valid.");
        problem.setStatus(status.value());
        return problem(problem);
    }

    private static ResponseEntity<Object> problem(ProblemDetail problem) {
        return ResponseEntity.status(problem.getStatus())
                .contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }

    private static String fieldPath(JsonMappingException exception) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference reference : exception.getPath()) {
            if (reference.getFieldName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(reference.getFieldName());
            } else {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private static String lastNode(String propertyPath) {
        int dot = propertyPath.lastIndexOf('.');
        return dot < 0 ? propertyPath : propertyPath.substring(dot + 1);
    }
}
