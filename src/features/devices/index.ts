export { DeviceList } from "./DeviceList";
export { DeviceSummary } from "./DeviceSummary";
export {
  useDeviceStateLoad,
  useDeviceStates,
  type DeviceStateLoad,
  type DeviceStates,
} from "./deviceStateLoad";
