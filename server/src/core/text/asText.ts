// lives in the shared module: the diagram printer (shared with the webview) cleans labels with it
export { asText } from '../../../../shared/src/text';
