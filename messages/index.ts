import enApi from "./en/api.json";
import enCore from "./en/core.json";
import enDashboard from "./en/dashboard.json";
import enPipeline from "./en/pipeline.json";
import enSecurity from "./en/security.json";
import enSelfService from "./en/self-service.json";
import jaApi from "./ja/api.json";
import jaCore from "./ja/core.json";
import jaDashboard from "./ja/dashboard.json";
import jaPipeline from "./ja/pipeline.json";
import jaSecurity from "./ja/security.json";
import jaSelfService from "./ja/self-service.json";

/**
 * HR interface strings, one file per feature and language (so features do not edit one shared file).
 * Each file holds its own top-level namespaces; they are merged here. Add a feature: import its two
 * files and add them to both lists.
 */
const ja = [jaCore, jaApi, jaSecurity, jaDashboard, jaPipeline, jaSelfService];
const en = [enCore, enApi, enSecurity, enDashboard, enPipeline, enSelfService];

export const MESSAGES = { ja: Object.assign({}, ...ja), en: Object.assign({}, ...en) } as const;
