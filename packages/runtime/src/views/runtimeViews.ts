/**
 * The runtime-API views in one object, as the RPC layer serves them (`subnetInfo_getSubnetInfo`, ...):
 * pure reads of a state view returning plain objects with bigint amounts.
 */
import { getDelegate, getDelegates } from './delegateInfo.js';
import { getAllDynamicInfo, getDynamicInfo } from './dynamicInfo.js';
import { getAllMetagraphs, getMetagraph } from './metagraph.js';
import { getNeuron, getNeuronLite, getNeurons, getNeuronsLite } from './neuronInfo.js';
import { getSelectiveMetagraph } from './selectiveMetagraph.js';
import { getStakeInfoForColdkey } from './stakeInfo.js';
import { getSubnetHyperparams } from './subnetHyperparams.js';
import { getSubnetInfo, getSubnetsInfo } from './subnetInfo.js';

export interface RuntimeViews {
  readonly getSubnetInfo: typeof getSubnetInfo;
  readonly getSubnetsInfo: typeof getSubnetsInfo;
  readonly getSubnetHyperparams: typeof getSubnetHyperparams;
  readonly getNeuron: typeof getNeuron;
  readonly getNeuronLite: typeof getNeuronLite;
  readonly getNeurons: typeof getNeurons;
  readonly getNeuronsLite: typeof getNeuronsLite;
  readonly getDynamicInfo: typeof getDynamicInfo;
  readonly getAllDynamicInfo: typeof getAllDynamicInfo;
  readonly getMetagraph: typeof getMetagraph;
  readonly getAllMetagraphs: typeof getAllMetagraphs;
  readonly getSelectiveMetagraph: typeof getSelectiveMetagraph;
  readonly getStakeInfoForColdkey: typeof getStakeInfoForColdkey;
  readonly getDelegate: typeof getDelegate;
  readonly getDelegates: typeof getDelegates;
}

export function createRuntimeViews(): RuntimeViews {
  return {
    getSubnetInfo,
    getSubnetsInfo,
    getSubnetHyperparams,
    getNeuron,
    getNeuronLite,
    getNeurons,
    getNeuronsLite,
    getDynamicInfo,
    getAllDynamicInfo,
    getMetagraph,
    getAllMetagraphs,
    getSelectiveMetagraph,
    getStakeInfoForColdkey,
    getDelegate,
    getDelegates,
  };
}
