package org.wenping.ops.web;

import org.springframework.core.MethodParameter;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.http.server.ServletServerHttpRequest;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseBodyAdvice;

/** Logs the one line of every refusal Spring MVC answers, as it is written, whichever handler built it. */
@RestControllerAdvice
class ProblemBodyLog implements ResponseBodyAdvice<Object> {
    @Override
    public boolean supports(MethodParameter returnType, Class<? extends HttpMessageConverter<?>> converterType) {
        return true;
    }

    @Override
    public Object beforeBodyWrite(Object body, MethodParameter returnType, MediaType contentType,
                                  Class<? extends HttpMessageConverter<?>> converterType, ServerHttpRequest request,
                                  ServerHttpResponse response) {
        if (body instanceof ProblemDetail problem) {
            String path = request instanceof ServletServerHttpRequest servlet
                    ? servlet.getServletRequest().getRequestURI() : request.getURI().getRawPath();
            if (problem.getInstance() == null) problem.setInstance(ProblemWriter.instance(path));
            RefusalLog.refused(request.getMethod().name(),
                    problem.getInstance() == null ? path : problem.getInstance().toString(), problem);
        }
        return body;
    }
}
