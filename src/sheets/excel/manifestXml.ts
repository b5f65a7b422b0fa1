/**
 * A minimal add-in-only (XML) manifest for side-loading the custom functions: namespace CIC,
 * the page, script and metadata served from `baseUrl` (HTTPS, e.g. https://localhost:3000).
 * It uses a shared runtime (Microsoft's recommendation): the page runs in WebView2, which
 * runs the ES2019 bundle as built. The Id is fixed so a rebuilt add-in replaces the
 * side-loaded one.
 */
export const ADD_IN_ID = "274cca4e-5761-454b-b512-e452ba4d7249";
export const EXCEL_NAMESPACE = "CIC";

export interface ManifestSettings {
  baseUrl: string;
  version: string;
}

const escapeXml = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

export function officeManifestXml({ baseUrl, version }: ManifestSettings): string {
  const base = escapeXml(baseUrl.replace(/\/+$/, ""));
  // Office wants four numeric parts.
  const officeVersion = [...version.split(/[.-]/).filter((part) => /^\d+$/.test(part)), "0", "0", "0", "0"].slice(0, 4).join(".");
  return `<?xml version="1.0" encoding="UTF-8"?>
<OfficeApp xmlns="http://schemas.microsoft.com/office/appforoffice/1.1" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:bt="http://schemas.microsoft.com/office/officeappbasictypes/1.0" xmlns:ov="http://schemas.microsoft.com/office/taskpaneappversionoverrides" xsi:type="TaskPaneApp">
  <Id>${ADD_IN_ID}</Id>
  <Version>${officeVersion}</Version>
  <ProviderName>cic-scorecard</ProviderName>
  <DefaultLocale>en-GB</DefaultLocale>
  <DisplayName DefaultValue="CIC scorecard functions"/>
  <Description DefaultValue="Children-in-care scorecard functions: =CIC.RAG, =CIC.INDICATOR, =CIC.SCORECARD and more."/>
  <IconUrl DefaultValue="${base}/icon-32.png"/>
  <HighResolutionIconUrl DefaultValue="${base}/icon-64.png"/>
  <SupportUrl DefaultValue="${base}/functions.html"/>
  <Hosts>
    <Host Name="Workbook"/>
  </Hosts>
  <Requirements>
    <Sets DefaultMinVersion="1.1">
      <Set Name="SharedRuntime" MinVersion="1.1"/>
    </Sets>
  </Requirements>
  <DefaultSettings>
    <SourceLocation DefaultValue="${base}/functions.html"/>
  </DefaultSettings>
  <Permissions>ReadWriteDocument</Permissions>
  <VersionOverrides xmlns="http://schemas.microsoft.com/office/taskpaneappversionoverrides" xsi:type="VersionOverridesV1_0">
    <Hosts>
      <Host xsi:type="Workbook">
        <Runtimes>
          <Runtime resid="Functions.Page.Url" lifetime="long"/>
        </Runtimes>
        <AllFormFactors>
          <ExtensionPoint xsi:type="CustomFunctions">
            <Script>
              <SourceLocation resid="Functions.Script.Url"/>
            </Script>
            <Page>
              <SourceLocation resid="Functions.Page.Url"/>
            </Page>
            <Metadata>
              <SourceLocation resid="Functions.Metadata.Url"/>
            </Metadata>
            <Namespace resid="Functions.Namespace"/>
          </ExtensionPoint>
        </AllFormFactors>
      </Host>
    </Hosts>
    <Resources>
      <bt:Urls>
        <bt:Url id="Functions.Script.Url" DefaultValue="${base}/functions.js"/>
        <bt:Url id="Functions.Metadata.Url" DefaultValue="${base}/functions.json"/>
        <bt:Url id="Functions.Page.Url" DefaultValue="${base}/functions.html"/>
      </bt:Urls>
      <bt:ShortStrings>
        <bt:String id="Functions.Namespace" DefaultValue="${EXCEL_NAMESPACE}"/>
      </bt:ShortStrings>
    </Resources>
  </VersionOverrides>
</OfficeApp>
`;
}

/** The shared runtime's page: office.js, then the bundle (which calls CustomFunctions.associate). */
export function functionsHtml(): string {
  return `<!DOCTYPE html>
<html lang="en-GB">
<head>
  <meta charset="UTF-8">
  <title>CIC scorecard functions</title>
  <script src="https://appsforoffice.microsoft.com/lib/1/hosted/office.js"></script>
  <script src="functions.js"></script>
</head>
<body>
  <p>CIC scorecard custom functions. Type =CIC. in a cell to see them.</p>
</body>
</html>
`;
}
