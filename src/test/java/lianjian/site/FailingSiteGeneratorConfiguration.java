package lianjian.site;

import org.aopalliance.intercept.MethodInterceptor;
import org.springframework.aop.framework.ProxyFactory;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;

/**
 * Test-only Spring configuration, added to a real {@code run} with
 * {@code --spring.main.sources=lianjian.site.FailingSiteGeneratorConfiguration}: the site generator
 * writes every page of the 内部版 and of the 公开版 into their build folders as usual and then fails at the
 * 公开版, as a template or disk error in the middle of a page build would. Nothing in the product knows about it.
 *
 * <p>Deliberately not annotated with {@code @Configuration}: the application scans the {@code lianjian}
 * package, test classes included, and would then break every run of the test suite. A class named in
 * {@code spring.main.sources} is registered anyway and its {@code @Bean} methods are processed.
 */
public class FailingSiteGeneratorConfiguration {

    public static final String MESSAGE = "模拟的页面生成失败";

    @Bean
    static BeanPostProcessor failingSiteGenerator() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                if (!(bean instanceof SiteGenerator)) return bean;
                ProxyFactory proxy = new ProxyFactory(bean);
                proxy.setProxyTargetClass(true);
                proxy.addAdvice((MethodInterceptor) invocation -> {
                    Object result = invocation.proceed(); // the pages are really written …
                    // The build fails at the second site of the pair (the 公开版), after the 内部版 was built: the
                    // previous pair must survive that too.
                    boolean publicBuild = java.util.Arrays.asList(invocation.getArguments()).contains(lianjian.publish.Audience.PUBLIC);
                    if (invocation.getMethod().getName().equals("generate") && publicBuild) {
                        throw new IllegalStateException(MESSAGE); // … then the build fails
                    }
                    return result;
                });
                return proxy.getProxy(bean.getClass().getClassLoader());
            }
        };
    }
}
