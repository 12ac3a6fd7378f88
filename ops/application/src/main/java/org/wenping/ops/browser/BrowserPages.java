package org.wenping.ops.browser;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** The web application's pages, each a static file under {@code static/} behind a plain path. */
@Configuration(proxyBeanMethods = false)
class BrowserPages implements WebMvcConfigurer {
    @Override
    public void addViewControllers(ViewControllerRegistry registry) {
        registry.addViewController("/").setViewName("forward:/overview.html");
        registry.addViewController("/login").setViewName("forward:/login.html");
        registry.addViewController("/matters").setViewName("forward:/matters.html");
        registry.addViewController("/cases").setViewName("forward:/cases.html");
        registry.addViewController("/record").setViewName("forward:/record.html");
        registry.addViewController("/inspector").setViewName("forward:/inspector.html");
    }
}
