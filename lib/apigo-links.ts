// Public pages of API·GO the app links to. new-api serves its console on the gateway's own origin;
// the top-up page is its route /console/topup (web/default/src/routeTree.gen.ts, web/classic/src/App.jsx).
export const APIGO_DASHBOARD_URL = "https://api.apigo.ai";
export const APIGO_TOPUP_URL = `${APIGO_DASHBOARD_URL}/console/topup`;
/** Where a user creates an API key: new-api's token page, /console/token (same route files). */
export const APIGO_KEYS_URL = `${APIGO_DASHBOARD_URL}/console/token`;
