package io.finesseacceptance.livingdocs;

import java.util.List;
import java.util.Map;

/**
 * The Maven site's descriptor (site.xml) for the living documentation: the Fluido skin, and the menus people
 * look things up by (capability, Finesse resource, tag, feature). The search box's scripts go into every page's
 * head; every page sits at the site's top, so one relative path serves them all.
 */
final class SiteDescriptor {

    static final String FLUIDO_VERSION = "2.1.0";

    private SiteDescriptor() {
    }

    static String of(List<FeatureOutcome> features, Map<String, String> tagPages, boolean withVerdict) {
        StringBuilder site = new StringBuilder("""
                <?xml version="1.0" encoding="UTF-8"?>
                <site xmlns="http://maven.apache.org/SITE/2.0.0"
                      xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
                      xsi:schemaLocation="http://maven.apache.org/SITE/2.0.0 https://maven.apache.org/xsd/site-2.0.0.xsd"
                      name="finesse-acceptance: living documentation">
                  <skin>
                    <groupId>org.apache.maven.skins</groupId>
                    <artifactId>maven-fluido-skin</artifactId>
                    <version>%s</version>
                  </skin>
                  <custom>
                    <fluidoSkin>
                      <topBarEnabled>false</topBarEnabled>
                      <sideBarEnabled>true</sideBarEnabled>
                    </fluidoSkin>
                  </custom>
                  <body>
                    <head><![CDATA[<script src="search-index.js"></script><script src="js/living-docs.js"></script>]]></head>
                    <breadcrumbs>
                      <item name="Living documentation" href="index.html"/>
                    </breadcrumbs>
                """.formatted(FLUIDO_VERSION));
        site.append("    <menu name=\"Overview\">\n");
        item(site, "The latest run", "index.html");
        item(site, "The Finesse contract", ContractSections.PAGE);
        if (withVerdict) {
            item(site, "Upgrade verdict", LivingDocsSource.VERDICT_PAGE);
        }
        site.append("    </menu>\n    <menu name=\"By capability\">\n");
        for (Capability capability : Capability.values()) {
            item(site, capability.title(), capability.page());
        }
        site.append("    </menu>\n    <menu name=\"By Finesse resource\">\n");
        for (FinesseResource resource : FinesseResource.values()) {
            item(site, resource.title(), resource.page());
        }
        site.append("    </menu>\n    <menu name=\"Features\">\n");
        features.forEach(feature -> item(site, feature.name(), feature.page()));
        site.append("    </menu>\n    <menu name=\"By tag\">\n");
        tagPages.keySet().forEach(tag -> item(site, tag, FeaturePage.tagPage(tag)));
        site.append("    </menu>\n  </body>\n</site>\n");
        return site.toString();
    }

    private static void item(StringBuilder site, String name, String href) {
        site.append("      <item name=\"").append(MarkdownText.html(name)).append("\" href=\"").append(href)
                .append("\"/>\n");
    }
}
