import { broadcastResponseToMainFrame } from "@azure/msal-browser/redirect-bridge";

// Hands the popup / hidden-iframe auth response back to the app window. No MSAL instance here.
void broadcastResponseToMainFrame();
