package org.wenping.ops.it;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import java.util.Set;
import java.util.TreeSet;

/**
 * The API's endpoints as the running application maps them ({@code POST /api/matters/{id}/closure}), so that tests
 * over every endpoint also cover the ones added later. Event streams are left out: they answer forever.
 */
final class MappedEndpoints {
    private MappedEndpoints() {
    }

    static Set<String> of(RunningApp app) {
        RequestMappingHandlerMapping mappings = app.context.getBean("requestMappingHandlerMapping",
                RequestMappingHandlerMapping.class);
        Set<String> endpoints = new TreeSet<>();
        for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
            if (info.getProducesCondition().getProducibleMediaTypes().contains(MediaType.TEXT_EVENT_STREAM)) continue;
            for (RequestMethod method : info.getMethodsCondition().getMethods()) {
                for (String pattern : info.getPatternValues()) {
                    if (pattern.startsWith("/api/")) endpoints.add(method + " " + pattern);
                }
            }
        }
        return endpoints;
    }

    /** The endpoints that change the record: every method but reads, outside the operations of the system. */
    static Set<String> commands(RunningApp app) {
        Set<String> commands = new TreeSet<>(of(app));
        commands.removeIf(endpoint -> endpoint.startsWith("GET ") || endpoint.startsWith("HEAD ")
                || endpoint.startsWith("OPTIONS ") || endpoint.contains(" /api/ops/"));
        return commands;
    }
}
