package org.wenping.ops.security;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.csrf.CsrfTokenRequestAttributeHandler;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.AnyRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.wenping.ops.web.ProblemWriter;

import java.util.Arrays;
import java.util.stream.Stream;

/**
 * The browser's way in, ahead of the API's chain ({@link SecurityConfiguration}): form login with a session, CSRF
 * protection for every unsafe request and a Content-Security-Policy that allows no inline script. It takes the
 * web application's pages and assets, Swagger UI, and the API calls (and the API description) that carry a
 * session and no {@code Authorization} header — what the pages' scripts and Swagger UI send. Every other request
 * (HTTP Basic, tokens, no credentials) goes on to the API's chain unchanged.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class BrowserSecurityConfiguration {
    private static final String[] PAGES = {"/", "/login", "/logout", "/matters", "/cases", "/record", "/inspector"};
    private static final String[] PUBLIC = {"/login", "/assets/**", "/webjars/**", "/favicon.ico"};

    @Bean
    @Order(1)
    SecurityFilterChain browserFilterChain(HttpSecurity http, ProblemWriter problems, SignInThrottle throttle,
                                           UserProperties settings) throws Exception {
        RequestMatcher api = path("/api/**");
        RequestMatcher apiDescription = path("/v3/api-docs/**");
        RequestMatcher apiCallFromPage = request -> (api.matches(request) || apiDescription.matches(request))
                && fromSignedInPage(request);
        AuthenticationEntryPoint apiUnauthenticated = (request, response, e) ->
                problems.write(request, response, HttpStatus.UNAUTHORIZED, "UNAUTHENTICATED", null,
                        "登录已失效,请重新登录");
        AccessDeniedHandler denied = (request, response, e) -> {
            if (e instanceof CsrfException) {
                problems.write(request, response, HttpStatus.FORBIDDEN, "CSRF_TOKEN_INVALID", null,
                        "页面已过期或来源不明,请刷新页面后重试");
            } else {
                problems.write(request, response, HttpStatus.FORBIDDEN, "FORBIDDEN", null, "当前用户无权执行此操作");
            }
        };
        return http
                .securityMatcher(new OrRequestMatcher(matchers(PAGES, "/*.html", "/assets/**", "/webjars/**",
                        "/favicon.ico", "/swagger-ui/**"), apiCallFromPage))
                .authorizeHttpRequests(requests -> {
                    // A page's path was authorised before it was forwarded to its file.
                    requests.dispatcherTypeMatchers(DispatcherType.FORWARD, DispatcherType.ERROR).permitAll();
                    requests.requestMatchers(PUBLIC).permitAll();
                    ReadPermissions.apply(requests, settings.installation());
                    requests.anyRequest().authenticated();
                })
                .formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/", true)
                        .failureUrl("/login?error").permitAll())
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?logout"))
                .exceptionHandling(handling -> handling
                        .defaultAuthenticationEntryPointFor(apiUnauthenticated, api)
                        .defaultAuthenticationEntryPointFor(new LoginUrlAuthenticationEntryPoint("/login"),
                                AnyRequestMatcher.INSTANCE)
                        .accessDeniedHandler(denied))
                .csrf(csrf -> csrf.csrfTokenRepository(CookieCsrfTokenRepository.withHttpOnlyFalse())
                        .csrfTokenRequestHandler(new CsrfTokenRequestAttributeHandler()))
                .addFilterAfter(new CsrfCookieFilter(), CsrfFilter.class)
                .addFilterBefore(new SignInThrottleFilter(throttle, problems), UsernamePasswordAuthenticationFilter.class)
                .headers(ResponseHeaders::apply)
                .build();
    }

    /** The pages' scripts send the session cookie and never an {@code Authorization} header. */
    private static boolean fromSignedInPage(HttpServletRequest request) {
        return request.getHeader(HttpHeaders.AUTHORIZATION) == null && request.getRequestedSessionId() != null;
    }

    private static RequestMatcher matchers(String[] pages, String... more) {
        return new OrRequestMatcher(Stream.concat(Arrays.stream(pages), Arrays.stream(more))
                .map(BrowserSecurityConfiguration::path).toList());
    }

    private static RequestMatcher path(String pattern) {
        return PathPatternRequestMatcher.withDefaults().matcher(pattern);
    }
}
