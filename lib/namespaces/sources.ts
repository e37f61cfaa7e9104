/**
 * The sources the standards' facts name by key (`sources`, `sip_by_source`), told in words a
 * reader follows: what each is and, where it is a public file or page, where to open it. From
 * `../shared/standards/SOURCES.md`; a copy whose repository could not be identified has no link.
 */
export type SourceInfo = {
  /** A short name for lists and tables. */
  name: string;
  /** What it is and what it gave. */
  what: string;
  /** Where to read it, when it is public and identified. */
  url?: string;
};

const gh = (repo: string, ref: string, file: string) =>
  `https://github.com/${repo}/blob/${ref}/${file}`;

export const STANDARD_SOURCES: Record<string, SourceInfo> = {
  iana_csv_enum: {
    name: 'IANA registry (generated enum)',
    what: 'A Java enum generated from the IANA SIP parameters CSV: codes, reason phrases and references (an unnamed copy; it lacks 425).',
  },
  iana_snapshot_table: {
    name: 'IANA registry (snapshot table)',
    what: 'A table of the IANA "Response Codes" registry in a SIP fuzzer’s documentation, with all 75 codes (an unnamed copy).',
  },
  pjsip_sip_msg_c: {
    name: 'pjsip',
    what: 'The reason phrases of pjsip (`init_status_phrase()` in sip_msg.c).',
    url: gh('pjsip/pjproject', '002279b8', 'pjsip/src/pjsip/sip_msg.c'),
  },
  oversip_constants_rb: {
    name: 'OverSIP',
    what: 'The reason phrases of OverSIP (`REASON_PHARSE` in constants.rb).',
    url: gh('versatica/OverSIP', '1cc2287e', 'lib/oversip/sip/constants.rb'),
  },
  wireshark_packet_etheric_c: {
    name: 'Wireshark',
    what: 'Wireshark’s table of Q.850 cause values (`q850_cause_code_vals` in packet-etheric.c).',
    url: gh('wireshark/wireshark', 'HEAD', 'epan/dissectors/packet-etheric.c'),
  },
  yeti_web_q850_rb: {
    name: 'Yeti',
    what: 'Yeti’s list of Q.850 causes, with section comments from Q.850 (q850.rb).',
    url: gh(
      'yeti-switch/yeti-web',
      'f0782ce06e822bfd7b213b1d080e22a600c91977',
      'app/models/system/q850.rb',
    ),
  },
  asterisk_causes: {
    name: 'Asterisk',
    what: 'Asterisk’s hang-up causes (`AST_CAUSE_*` in causes.h).',
    url: gh('asterisk/asterisk', 'HEAD', 'include/asterisk/causes.h'),
  },
  freeswitch_switch_types_h: {
    name: 'FreeSWITCH',
    what: 'FreeSWITCH’s hang-up causes (`switch_call_cause_t` in switch_types.h).',
    url: gh('signalwire/freeswitch', 'HEAD', 'src/include/switch_types.h'),
  },
  yxcti_KFPC_Q850_h: {
    name: 'KFPC_Q850.h',
    what: 'A C header of Q.850 cause names in a SEMS-based contact centre (causes 1–31 seen).',
    url: gh(
      'leegoex/yxcti',
      'HEAD',
      'softswitch/sems-1.6.0/apps/sbc/call_control/ts/ss_ts/contact_center_public/KFPC_Q850.h',
    ),
  },
  rfc3398: {
    name: 'RFC 3398',
    what: 'RFC 3398 §7.2.4.1, ISUP cause to SIP status, as OPAL’s `Q931ToSIPCode` table gives it.',
    url: 'https://www.rfc-editor.org/rfc/rfc3398#section-7.2.4.1',
  },
  freeswitch_mod_sofia: {
    name: 'FreeSWITCH mod_sofia',
    what: 'FreeSWITCH’s cause to SIP mapping (`hangup_cause_to_sip()` in mod_sofia.c); a cause it does not list gets 480.',
    url: gh('signalwire/freeswitch', '0059f0cc', 'src/mod/endpoints/mod_sofia/mod_sofia.c'),
  },
  asterisk_chan_pjsip: {
    name: 'Asterisk chan_pjsip',
    what: 'Asterisk’s cause to SIP mapping (`hangup_cause2sip()` in chan_pjsip.c).',
    url: gh('asterisk/asterisk', 'HEAD', 'channels/chan_pjsip.c'),
  },
  python_smpplib_consts_py: {
    name: 'python-smpplib',
    what: 'The `SMPP_ESME_*` values and descriptions of python-smpplib (consts.py).',
    url: gh('python-smpplib/python-smpplib', '02f79dd5', 'smpplib/consts.py'),
  },
  msag_console_status_h: {
    name: 'MSAG-Console',
    what: 'Command status values with descriptions worded like the v3.4 specification (status.h).',
    url: gh('kirikprotocol/MSAG-Console', '0762bf21', 'src/system/status.h'),
  },
};

/** A source key in words; a key the table lacks is shown as it is, never hidden. */
export function sourceInfo(key: string): SourceInfo {
  return STANDARD_SOURCES[key] ?? { name: key, what: `Source key "${key}" (see SOURCES.md).` };
}
