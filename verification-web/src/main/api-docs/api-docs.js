// Swagger UI over the server's own OpenAPI document. No inline script (the page's CSP has none), no validator badge
// (it would load an image from validator.swagger.io).
window.addEventListener("load", function () {
    window.ui = SwaggerUIBundle({
        url: "/openapi",
        dom_id: "#swagger-ui",
        deepLinking: true,
        validatorUrl: null,
        presets: [SwaggerUIBundle.presets.apis, SwaggerUIStandalonePreset],
        plugins: [SwaggerUIBundle.plugins.DownloadUrl],
        layout: "StandaloneLayout",
    });
});
