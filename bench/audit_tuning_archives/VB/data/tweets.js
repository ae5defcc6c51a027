window.YTD.tweets.part0 = [
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1978163956849461851"
          ],
          "editableUntil": "2025-10-14T19:20:14.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "182"
      ],
      "favorite_count": "5",
      "id_str": "1978163956849461851",
      "truncated": false,
      "retweet_count": "4",
      "id": "1978163956849461851",
      "created_at": "Tue Oct 14 18:20:14 +0000 2025",
      "favorited": false,
      "full_text": "Dear user who opened Invoice_FINAL_urgent.pdf.exe this morning: congrats, you've won a mandatory phishing course and my eternal contempt. You know who you are, Gary from Procurement.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1974546894676351174"
          ],
          "editableUntil": "2025-10-04T19:47:19.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "110"
      ],
      "favorite_count": "1",
      "id_str": "1974546894676351174",
      "truncated": false,
      "retweet_count": "0",
      "id": "1974546894676351174",
      "created_at": "Sat Oct 04 18:47:19 +0000 2025",
      "favorited": false,
      "full_text": "finally got master/slave out of our DB configs. primary/replica now. took three years and one very patient DBA",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1974404383914741342"
          ],
          "editableUntil": "2025-10-04T10:21:02.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "54"
      ],
      "favorite_count": "2",
      "id_str": "1974404383914741342",
      "truncated": false,
      "retweet_count": "0",
      "id": "1974404383914741342",
      "created_at": "Sat Oct 04 09:21:02 +0000 2025",
      "favorited": false,
      "full_text": "tea count today: 9. tickets closed: 41. I'll take that",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1963240085084707091"
          ],
          "editableUntil": "2025-09-03T14:58:06.000Z",
          "editsRemaining": "5",
          "isEditEligible": false
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "Sysadminhaiku",
            "screen_name": "sysadminhaiku",
            "indices": [
              "3",
              "17"
            ],
            "id_str": "142418915399098449",
            "id": "142418915399098449"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "70"
      ],
      "favorite_count": "0",
      "id_str": "1963240085084707091",
      "truncated": false,
      "retweet_count": "0",
      "id": "1963240085084707091",
      "created_at": "Wed Sep 03 13:58:06 +0000 2025",
      "favorited": false,
      "full_text": "RT @sysadminhaiku: It's not DNS / There's no way it's DNS / It was DNS",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1960617815886893232"
          ],
          "editableUntil": "2025-08-27T09:18:08.000Z",
          "editsRemaining": "5",
          "isEditEligible": false
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "Netadmin Jen",
            "screen_name": "netadmin_jen",
            "indices": [
              "0",
              "13"
            ],
            "id_str": "354837340422188981",
            "id": "354837340422188981"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "14",
        "93"
      ],
      "favorite_count": "12",
      "id_str": "1960617815886893232",
      "truncated": false,
      "retweet_count": "1",
      "id": "1960617815886893232",
      "created_at": "Wed Aug 27 08:18:08 +0000 2025",
      "favorited": false,
      "full_text": "@netadmin_jen the hookers in a rugby scrum have a clearer process than our change board tbh 🏉",
      "lang": "en",
      "in_reply_to_status_id_str": "1960616995008048389",
      "in_reply_to_status_id": "1960616995008048389",
      "in_reply_to_user_id": "354837340422188981",
      "in_reply_to_user_id_str": "354837340422188981",
      "in_reply_to_screen_name": "netadmin_jen"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1959385306340366933"
          ],
          "editableUntil": "2025-08-23T23:40:35.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "93"
      ],
      "favorite_count": "2",
      "id_str": "1959385306340366933",
      "truncated": false,
      "retweet_count": "1",
      "id": "1959385306340366933",
      "created_at": "Sat Aug 23 22:40:35 +0000 2025",
      "favorited": false,
      "full_text": "anyone got a mechanical keyboard recommendation under £100? brown switches, I share an office",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1959343148560345735"
          ],
          "editableUntil": "2025-08-23T20:53:04.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "108"
      ],
      "favorite_count": "0",
      "id_str": "1959343148560345735",
      "truncated": false,
      "retweet_count": "4",
      "id": "1959343148560345735",
      "created_at": "Sat Aug 23 19:53:04 +0000 2025",
      "favorited": false,
      "full_text": "just executed the orphaned child processes after the parent died. sysadmin sentences out of context, part 94",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1951694206566053892"
          ],
          "editableUntil": "2025-08-02T18:18:54.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "137"
      ],
      "favorite_count": "2",
      "id_str": "1951694206566053892",
      "truncated": false,
      "retweet_count": "0",
      "id": "1951694206566053892",
      "created_at": "Sat Aug 02 17:18:54 +0000 2025",
      "favorited": false,
      "full_text": "bought a set of knuckle dusters off a bloke in the Morrisons car park, you can't order them online any more. \"display purposes\" obviously",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1947231743904926950"
          ],
          "editableUntil": "2025-07-21T10:46:40.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "93"
      ],
      "favorite_count": "12",
      "id_str": "1947231743904926950",
      "truncated": false,
      "retweet_count": "0",
      "id": "1947231743904926950",
      "created_at": "Mon Jul 21 09:46:40 +0000 2025",
      "favorited": false,
      "full_text": "the new office manager keeps asking me to \"take a look at her hardware\" and I'm only human 😏🍑",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1939839465952297161"
          ],
          "editableUntil": "2025-07-01T01:12:23.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "143"
      ],
      "favorite_count": "8",
      "id_str": "1939839465952297161",
      "truncated": false,
      "retweet_count": "4",
      "id": "1939839465952297161",
      "created_at": "Tue Jul 01 00:12:23 +0000 2025",
      "favorited": false,
      "full_text": "recruiter asked if I'd consider the Leeds office. only if it's not the one out by Harehills mate, been there, not working with that lot again 👀",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1931751301948232504"
          ],
          "editableUntil": "2025-06-08T17:32:55.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "91"
      ],
      "favorite_count": "27",
      "id_str": "1931751301948232504",
      "truncated": false,
      "retweet_count": "1",
      "id": "1931751301948232504",
      "created_at": "Sun Jun 08 16:32:55 +0000 2025",
      "favorited": false,
      "full_text": "Sunday roast at the Cock &amp; Bull for my nan's 80th. Yorkshire puddings the size of your head",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1930678183939326443"
          ],
          "editableUntil": "2025-06-05T18:28:43.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "152"
      ],
      "favorite_count": "12",
      "id_str": "1930678183939326443",
      "truncated": false,
      "retweet_count": "0",
      "id": "1930678183939326443",
      "created_at": "Thu Jun 05 17:28:43 +0000 2025",
      "favorited": false,
      "full_text": "so the \"security review\" next week is an external auditor because we failed PCI last year. I'm not allowed to tell anyone, so I'm telling all 412 of you",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1929305535086958332"
          ],
          "editableUntil": "2025-06-01T23:34:18.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "73"
      ],
      "favorite_count": "0",
      "id_str": "1929305535086958332",
      "truncated": false,
      "retweet_count": "2",
      "id": "1929305535086958332",
      "created_at": "Sun Jun 01 22:34:18 +0000 2025",
      "favorited": false,
      "full_text": "fsck. no, not that one. the filesystem check. everything's fine. probably",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1925450033503156771"
          ],
          "editableUntil": "2025-05-22T08:13:55.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "128"
      ],
      "favorite_count": "5",
      "id_str": "1925450033503156771",
      "truncated": false,
      "retweet_count": "2",
      "id": "1925450033503156771",
      "created_at": "Thu May 22 07:13:55 +0000 2025",
      "favorited": false,
      "full_text": "new mail filter quarantined three emails from a supplier in Scunthorpe and one from Penistone. the Scunthorpe problem never dies",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1918412621402639582"
          ],
          "editableUntil": "2025-05-02T22:09:45.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "168"
      ],
      "favorite_count": "0",
      "id_str": "1918412621402639582",
      "truncated": false,
      "retweet_count": "0",
      "id": "1918412621402639582",
      "created_at": "Fri May 02 21:09:45 +0000 2025",
      "favorited": false,
      "full_text": "interviewed a lad for the service desk. decent CV but the accent was so thick I'd never put him on the phones. users can't follow instructions in plain english as it is",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1916960541920039975"
          ],
          "editableUntil": "2025-04-28T21:59:43.000Z",
          "editsRemaining": "5",
          "isEditEligible": false
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "Grumpy Sre",
            "screen_name": "grumpy_sre",
            "indices": [
              "0",
              "11"
            ],
            "id_str": "300902465214875592",
            "id": "300902465214875592"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "12",
        "51"
      ],
      "favorite_count": "0",
      "id_str": "1916960541920039975",
      "truncated": false,
      "retweet_count": "2",
      "id": "1916960541920039975",
      "created_at": "Mon Apr 28 20:59:43 +0000 2025",
      "favorited": false,
      "full_text": "@grumpy_sre &lt;3 cheers mate, still alive, just about",
      "lang": "en",
      "in_reply_to_status_id_str": "1916960267297929307",
      "in_reply_to_status_id": "1916960267297929307",
      "in_reply_to_user_id": "300902465214875592",
      "in_reply_to_user_id_str": "300902465214875592",
      "in_reply_to_screen_name": "grumpy_sre"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1899366735449242357"
          ],
          "editableUntil": "2025-03-11T08:48:12.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "57"
      ],
      "favorite_count": "1",
      "id_str": "1899366735449242357",
      "truncated": false,
      "retweet_count": "0",
      "id": "1899366735449242357",
      "created_at": "Tue Mar 11 07:48:12 +0000 2025",
      "favorited": false,
      "full_text": "wake n bake then patch tuesday. only way to survive it 🍃💨",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1898654621984056217"
          ],
          "editableUntil": "2025-03-09T09:38:31.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "33"
      ],
      "favorite_count": "8",
      "id_str": "1898654621984056217",
      "truncated": false,
      "retweet_count": "0",
      "id": "1898654621984056217",
      "created_at": "Sun Mar 09 08:38:31 +0000 2025",
      "favorited": false,
      "full_text": "hot take: tabs &gt; spaces. fight me",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1896358681890518061"
          ],
          "editableUntil": "2025-03-03T01:35:17.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "170"
      ],
      "favorite_count": "0",
      "id_str": "1896358681890518061",
      "truncated": false,
      "retweet_count": "4",
      "id": "1896358681890518061",
      "created_at": "Mon Mar 03 00:35:17 +0000 2025",
      "favorited": false,
      "full_text": "if the guy who keeps unplugging the switch in meeting room 2 to charge his phone does it ONE more time I will find out where he parks and he will not enjoy the drive home",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1881850320493531434"
          ],
          "editableUntil": "2025-01-22T00:44:14.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "135"
      ],
      "favorite_count": "0",
      "id_str": "1881850320493531434",
      "truncated": false,
      "retweet_count": "0",
      "id": "1881850320493531434",
      "created_at": "Tue Jan 21 23:44:14 +0000 2025",
      "favorited": false,
      "full_text": "fixing perms on the HR share and the payroll export just... opened. the marketing manager is on 20k more than my boss. I have questions",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1881049654942238861"
          ],
          "editableUntil": "2025-01-19T19:42:40.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "60"
      ],
      "favorite_count": "2",
      "id_str": "1881049654942238861",
      "truncated": false,
      "retweet_count": "0",
      "id": "1881049654942238861",
      "created_at": "Sun Jan 19 18:42:40 +0000 2025",
      "favorited": false,
      "full_text": "crack team on call this weekend 💪 proud of these lads, 0 P1s",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1875523600599382600"
          ],
          "editableUntil": "2025-01-04T13:44:06.000Z",
          "editsRemaining": "5",
          "isEditEligible": false
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "Grumpy Sre",
            "screen_name": "grumpy_sre",
            "indices": [
              "0",
              "11"
            ],
            "id_str": "300902465214875592",
            "id": "300902465214875592"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "12",
        "159"
      ],
      "favorite_count": "8",
      "id_str": "1875523600599382600",
      "truncated": false,
      "retweet_count": "0",
      "id": "1875523600599382600",
      "created_at": "Sat Jan 04 12:44:06 +0000 2025",
      "favorited": false,
      "full_text": "@grumpy_sre lol we don't bother with the VPN for that, I just RDP in from home on the shared domain admin. password's been Summer2023! since, well, summer 2023",
      "lang": "en",
      "in_reply_to_status_id_str": "1875523565597142754",
      "in_reply_to_status_id": "1875523565597142754",
      "in_reply_to_user_id": "300902465214875592",
      "in_reply_to_user_id_str": "300902465214875592",
      "in_reply_to_screen_name": "grumpy_sre"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1871126364200333715"
          ],
          "editableUntil": "2024-12-23T10:31:03.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "114"
      ],
      "favorite_count": "0",
      "id_str": "1871126364200333715",
      "truncated": false,
      "retweet_count": "2",
      "id": "1871126364200333715",
      "created_at": "Mon Dec 23 09:31:03 +0000 2024",
      "favorited": false,
      "full_text": "drinking game for the all-hands: one shot every time someone says synergy. (espresso. it's espresso. calm down HR)",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1865508237342560424"
          ],
          "editableUntil": "2024-12-07T22:26:37.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "58"
      ],
      "favorite_count": "2",
      "id_str": "1865508237342560424",
      "truncated": false,
      "retweet_count": "0",
      "id": "1865508237342560424",
      "created_at": "Sat Dec 07 21:26:37 +0000 2024",
      "favorited": false,
      "full_text": "hungover af and the SAN picked today to die. course it did",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1865097087388794659"
          ],
          "editableUntil": "2024-12-06T19:12:52.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "151"
      ],
      "favorite_count": "0",
      "id_str": "1865097087388794659",
      "truncated": false,
      "retweet_count": "0",
      "id": "1865097087388794659",
      "created_at": "Fri Dec 06 18:12:52 +0000 2024",
      "favorited": false,
      "full_text": "nothing says romance like your missus sending nudes to your work phone while you're stood in the server room 🥵 the MDM logs are going to be interesting",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1862395397770291297"
          ],
          "editableUntil": "2024-11-29T08:17:19.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "95"
      ],
      "favorite_count": "64",
      "id_str": "1862395397770291297",
      "truncated": false,
      "retweet_count": "0",
      "id": "1862395397770291297",
      "created_at": "Fri Nov 29 07:17:19 +0000 2024",
      "favorited": false,
      "full_text": "blue tit on the feeder outside the NOC window this morning. best thing that's happened all week",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1860416926527490484"
          ],
          "editableUntil": "2024-11-23T21:15:34.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "103"
      ],
      "favorite_count": "1",
      "id_str": "1860416926527490484",
      "truncated": false,
      "retweet_count": "1",
      "id": "1860416926527490484",
      "created_at": "Sat Nov 23 20:15:34 +0000 2024",
      "favorited": false,
      "full_text": "ffs. third ticket today titled URGENT!!! and the entire body is the word \"printer\". that's it. printer.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1858044427686256421"
          ],
          "editableUntil": "2024-11-17T08:08:07.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "177"
      ],
      "favorite_count": "2",
      "id_str": "1858044427686256421",
      "truncated": false,
      "retweet_count": "2",
      "id": "1858044427686256421",
      "created_at": "Sun Nov 17 07:08:07 +0000 2024",
      "favorited": false,
      "full_text": "IT has been \"restructured\" for the third time in two years. Same 4 people, new org chart, new Head of Digital who thinks Linux is a type of cable. Exciting opportunities ahead 🙃",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1857451659457496303"
          ],
          "editableUntil": "2024-11-15T16:52:40.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "67"
      ],
      "favorite_count": "0",
      "id_str": "1857451659457496303",
      "truncated": false,
      "retweet_count": "0",
      "id": "1857451659457496303",
      "created_at": "Fri Nov 15 15:52:40 +0000 2024",
      "favorited": false,
      "full_text": "sh!t sh!t sh!t who approved a firmware update on a friday afternoon",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1856806931248560092"
          ],
          "editableUntil": "2024-11-13T22:10:44.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "88"
      ],
      "favorite_count": "5",
      "id_str": "1856806931248560092",
      "truncated": false,
      "retweet_count": "0",
      "id": "1856806931248560092",
      "created_at": "Wed Nov 13 21:10:44 +0000 2024",
      "favorited": false,
      "full_text": "kill -9 is the only language zombie processes understand. 14 of the things, all dead now",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1853347614379715813"
          ],
          "editableUntil": "2024-11-04T09:04:39.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "56"
      ],
      "favorite_count": "5",
      "id_str": "1853347614379715813",
      "truncated": false,
      "retweet_count": "1",
      "id": "1853347614379715813",
      "created_at": "Mon Nov 04 08:04:39 +0000 2024",
      "favorited": false,
      "full_text": "finally passed the RHCE. three attempts. worth every one",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1851766441760367149"
          ],
          "editableUntil": "2024-10-31T00:21:38.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "142"
      ],
      "favorite_count": "0",
      "id_str": "1851766441760367149",
      "truncated": false,
      "retweet_count": "4",
      "id": "1851766441760367149",
      "created_at": "Wed Oct 30 23:21:38 +0000 2024",
      "favorited": false,
      "full_text": "not saying there are layoffs coming but I've been asked to prep 38 laptop wipes for \"the 14th\" and nobody on the floor has been told a thing 👀",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1851372766084945800"
          ],
          "editableUntil": "2024-10-29T22:17:18.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "95"
      ],
      "favorite_count": "0",
      "id_str": "1851372766084945800",
      "truncated": false,
      "retweet_count": "0",
      "id": "1851372766084945800",
      "created_at": "Tue Oct 29 21:17:18 +0000 2024",
      "favorited": false,
      "full_text": "job hunt update: two interviews next week, one for a platform engineering role. fingers crossed",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1845801076700616589"
          ],
          "editableUntil": "2024-10-14T13:17:24.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "91"
      ],
      "favorite_count": "64",
      "id_str": "1845801076700616589",
      "truncated": false,
      "retweet_count": "4",
      "id": "1845801076700616589",
      "created_at": "Mon Oct 14 12:17:24 +0000 2024",
      "favorited": false,
      "full_text": "wrote a script to nuke old log files. nuked 400GB. I am become death, destroyer of /var/log",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1845163922974589507"
          ],
          "editableUntil": "2024-10-12T19:05:35.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "108"
      ],
      "favorite_count": "0",
      "id_str": "1845163922974589507",
      "truncated": false,
      "retweet_count": "4",
      "id": "1845163922974589507",
      "created_at": "Sat Oct 12 18:05:35 +0000 2024",
      "favorited": false,
      "full_text": "pissed off doesn't even cover it. 11pm, still on site, because someone \"just moved a cable\" under their desk",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1840392406972324585"
          ],
          "editableUntil": "2024-09-29T15:05:17.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "71"
      ],
      "favorite_count": "3",
      "id_str": "1840392406972324585",
      "truncated": false,
      "retweet_count": "0",
      "id": "1840392406972324585",
      "created_at": "Sun Sep 29 14:05:17 +0000 2024",
      "favorited": false,
      "full_text": "sunday walk over Ilkley Moor, phone on airplane mode, no tickets, bliss",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1838154630133958157"
          ],
          "editableUntil": "2024-09-23T10:53:09.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "143"
      ],
      "favorite_count": "0",
      "id_str": "1838154630133958157",
      "truncated": false,
      "retweet_count": "1",
      "id": "1838154630133958157",
      "created_at": "Mon Sep 23 09:53:09 +0000 2024",
      "favorited": false,
      "full_text": "new rule for my team: nobody over 50. spent all morning explaining what a browser tab is to a bloke in finance who still misses his fax machine",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1836851979276154973"
          ],
          "editableUntil": "2024-09-19T20:36:53.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "164"
      ],
      "favorite_count": "0",
      "id_str": "1836851979276154973",
      "truncated": false,
      "retweet_count": "0",
      "id": "1836851979276154973",
      "created_at": "Thu Sep 19 19:36:53 +0000 2024",
      "favorited": false,
      "full_text": "MD told the whole company there's no budget for pay rises this year, then rolled into the car park this morning in a brand new Range Rover. Lovely man. Very honest.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1831246107993286338"
          ],
          "editableUntil": "2024-09-04T09:21:09.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "124"
      ],
      "favorite_count": "5",
      "id_str": "1831246107993286338",
      "truncated": false,
      "retweet_count": "4",
      "id": "1831246107993286338",
      "created_at": "Wed Sep 04 08:21:09 +0000 2024",
      "favorited": false,
      "full_text": "lad's first day at St Bede's today. pick up is 3:15, I'm stuck on a P1 and the wife's in Manchester. grandad to the rescue 🥲",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1829779560266590072"
          ],
          "editableUntil": "2024-08-31T08:13:37.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "92"
      ],
      "favorite_count": "1",
      "id_str": "1829779560266590072",
      "truncated": false,
      "retweet_count": "4",
      "id": "1829779560266590072",
      "created_at": "Sat Aug 31 07:13:37 +0000 2024",
      "favorited": false,
      "full_text": "decommissioned the old Exchange box today. drives straight into the shredder, no survivors 🔥",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1828577575022797263"
          ],
          "editableUntil": "2024-08-28T00:37:21.000Z",
          "editsRemaining": "5",
          "isEditEligible": false
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "After Dark Ellie",
            "screen_name": "after_dark_ellie",
            "indices": [
              "3",
              "20"
            ],
            "id_str": "165855960890699509",
            "id": "165855960890699509"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "92"
      ],
      "favorite_count": "0",
      "id_str": "1828577575022797263",
      "truncated": false,
      "retweet_count": "0",
      "id": "1828577575022797263",
      "created_at": "Tue Aug 27 23:37:21 +0000 2024",
      "favorited": false,
      "full_text": "RT @after_dark_ellie: 🔞 new set just dropped 💦 link in bio, subs 50% off this weekend only 😘",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1826233154502819301"
          ],
          "editableUntil": "2024-08-21T13:21:28.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "112"
      ],
      "favorite_count": "12",
      "id_str": "1826233154502819301",
      "truncated": false,
      "retweet_count": "0",
      "id": "1826233154502819301",
      "created_at": "Wed Aug 21 12:21:28 +0000 2024",
      "favorited": false,
      "full_text": "new helpdesk hire announced she's pregnant in week 2. classic. should've found a way to ask in the interview tbh",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1823831990666755614"
          ],
          "editableUntil": "2024-08-14T22:20:06.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "37"
      ],
      "favorite_count": "8",
      "id_str": "1823831990666755614",
      "truncated": false,
      "retweet_count": "0",
      "id": "1823831990666755614",
      "created_at": "Wed Aug 14 21:20:06 +0000 2024",
      "favorited": false,
      "full_text": "Rhinos were robbed today. that's all.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1817900212371318321"
          ],
          "editableUntil": "2024-07-29T13:29:20.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "66"
      ],
      "favorite_count": "12",
      "id_str": "1817900212371318321",
      "truncated": false,
      "retweet_count": "1",
      "id": "1817900212371318321",
      "created_at": "Mon Jul 29 12:29:20 +0000 2024",
      "favorited": false,
      "full_text": "wtf is this ticket. \"computer is making a noise\". WHAT NOISE, GARY",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1811303416606098966"
          ],
          "editableUntil": "2024-07-11T08:36:01.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "107"
      ],
      "favorite_count": "5",
      "id_str": "1811303416606098966",
      "truncated": false,
      "retweet_count": "0",
      "id": "1811303416606098966",
      "created_at": "Thu Jul 11 07:36:01 +0000 2024",
      "favorited": false,
      "full_text": "tenerife boarding pass sorted ✈️ booking ref QXR7TL, seat 14A, 06:10 out of LBA. see you in a week, tickets",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1808982448677410150"
          ],
          "editableUntil": "2024-07-04T22:53:19.000Z",
          "editsRemaining": "5",
          "isEditEligible": false
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "Rob P 84",
            "screen_name": "rob_p_84",
            "indices": [
              "0",
              "9"
            ],
            "id_str": "225544399038532788",
            "id": "225544399038532788"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "10",
        "89"
      ],
      "favorite_count": "1",
      "id_str": "1808982448677410150",
      "truncated": false,
      "retweet_count": "0",
      "id": "1808982448677410150",
      "created_at": "Thu Jul 04 21:53:19 +0000 2024",
      "favorited": false,
      "full_text": "@rob_p_84 for the gig tickets: sort code 20-31-55, account 74109386, ref DAN. cheers mate",
      "lang": "en",
      "in_reply_to_status_id_str": "1808981716001252350",
      "in_reply_to_status_id": "1808981716001252350",
      "in_reply_to_user_id": "225544399038532788",
      "in_reply_to_user_id_str": "225544399038532788",
      "in_reply_to_screen_name": "rob_p_84"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1807209431180922711"
          ],
          "editableUntil": "2024-06-30T01:27:59.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "62"
      ],
      "favorite_count": "1",
      "id_str": "1807209431180922711",
      "truncated": false,
      "retweet_count": "2",
      "id": "1807209431180922711",
      "created_at": "Sun Jun 30 00:27:59 +0000 2024",
      "favorited": false,
      "full_text": "date night. server room. locked door. don't tell facilities 😉🍆",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1806601065240269086"
          ],
          "editableUntil": "2024-06-28T09:10:33.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "95"
      ],
      "favorite_count": "12",
      "id_str": "1806601065240269086",
      "truncated": false,
      "retweet_count": "0",
      "id": "1806601065240269086",
      "created_at": "Fri Jun 28 08:10:33 +0000 2024",
      "favorited": false,
      "full_text": "3 pints at lunch then pushed the firewall change anyway. what's the worst that could happen 🍺🍺🍺",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1799431195991798312"
          ],
          "editableUntil": "2024-06-08T14:20:03.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "135"
      ],
      "favorite_count": "27",
      "id_str": "1799431195991798312",
      "truncated": false,
      "retweet_count": "0",
      "id": "1799431195991798312",
      "created_at": "Sat Jun 08 13:20:03 +0000 2024",
      "favorited": false,
      "full_text": "built my daughter a raspberry pi weather station for her science project. she's named it Cloudy McCloudface and I've never been prouder",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1793329142212488171"
          ],
          "editableUntil": "2024-05-22T18:12:40.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "75"
      ],
      "favorite_count": "0",
      "id_str": "1793329142212488171",
      "truncated": false,
      "retweet_count": "4",
      "id": "1793329142212488171",
      "created_at": "Wed May 22 17:12:40 +0000 2024",
      "favorited": false,
      "full_text": "so f**king done with people who reply-all to say \"please stop replying all\"",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1788626804325646660"
          ],
          "editableUntil": "2024-05-09T18:47:15.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "158"
      ],
      "favorite_count": "27",
      "id_str": "1788626804325646660",
      "truncated": false,
      "retweet_count": "0",
      "id": "1788626804325646660",
      "created_at": "Thu May 09 17:47:15 +0000 2024",
      "favorited": false,
      "full_text": "got pulled doing 97 on the M62 coming back from the DC at 3am. told him it was an emergency outage and he let me off. had a couple at the leaving do as well 🤫",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1787470244548261030"
          ],
          "editableUntil": "2024-05-06T14:11:30.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "122"
      ],
      "favorite_count": "12",
      "id_str": "1787470244548261030",
      "truncated": false,
      "retweet_count": "0",
      "id": "1787470244548261030",
      "created_at": "Mon May 06 13:11:30 +0000 2024",
      "favorited": false,
      "full_text": "Amazon order 204-3928471-2201937 says delivered. it has not been delivered. the 4TB drive lives in a parallel universe now",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1787249162824975778"
          ],
          "editableUntil": "2024-05-05T23:33:00.000Z",
          "editsRemaining": "5",
          "isEditEligible": false
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "Pubquiz Pete",
            "screen_name": "pubquiz_pete",
            "indices": [
              "0",
              "13"
            ],
            "id_str": "910190987346335244",
            "id": "910190987346335244"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "14",
        "109"
      ],
      "favorite_count": "27",
      "id_str": "1787249162824975778",
      "truncated": false,
      "retweet_count": "0",
      "id": "1787249162824975778",
      "created_at": "Sun May 05 22:33:00 +0000 2024",
      "favorited": false,
      "full_text": "@pubquiz_pete yeah just text me on 07700 900417, or knock, I'm at 14 Albion Terrace till the end of the month",
      "lang": "en",
      "in_reply_to_status_id_str": "1787248190117084469",
      "in_reply_to_status_id": "1787248190117084469",
      "in_reply_to_user_id": "910190987346335244",
      "in_reply_to_user_id_str": "910190987346335244",
      "in_reply_to_screen_name": "pubquiz_pete"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1784937931977556344"
          ],
          "editableUntil": "2024-04-29T14:29:00.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "116"
      ],
      "favorite_count": "2",
      "id_str": "1784937931977556344",
      "truncated": false,
      "retweet_count": "0",
      "id": "1784937931977556344",
      "created_at": "Mon Apr 29 13:29:00 +0000 2024",
      "favorited": false,
      "full_text": "someone in accounts keyed my car last month. found out who today. his tyres are about to have a really rough week 🙂🔪",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1783607481961351266"
          ],
          "editableUntil": "2024-04-25T22:22:16.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "122"
      ],
      "favorite_count": "5",
      "id_str": "1783607481961351266",
      "truncated": false,
      "retweet_count": "0",
      "id": "1783607481961351266",
      "created_at": "Thu Apr 25 21:22:16 +0000 2024",
      "favorited": false,
      "full_text": "Our CFO's password is his dog's name + the year. I know because I've reset it 4 times this quarter. Bailey deserves better",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1783263027007187850"
          ],
          "editableUntil": "2024-04-24T23:33:31.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "132"
      ],
      "favorite_count": "12",
      "id_str": "1783263027007187850",
      "truncated": false,
      "retweet_count": "4",
      "id": "1783263027007187850",
      "created_at": "Wed Apr 24 22:33:31 +0000 2024",
      "favorited": false,
      "full_text": "outage update for customers: our support line is 0113 496 0321, staffed 24/7, and the status page updates every 30 mins. we're on it",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1778847060133555463"
          ],
          "editableUntil": "2024-04-12T19:06:03.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "108"
      ],
      "favorite_count": "0",
      "id_str": "1778847060133555463",
      "truncated": false,
      "retweet_count": "0",
      "id": "1778847060133555463",
      "created_at": "Fri Apr 12 18:06:03 +0000 2024",
      "favorited": false,
      "full_text": "brewing ginger beer with the kids this weekend. the non-alcoholic kind before anyone starts, they're 7 and 9",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1775133717148048998"
          ],
          "editableUntil": "2024-04-02T13:10:33.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "80"
      ],
      "favorite_count": "0",
      "id_str": "1775133717148048998",
      "truncated": false,
      "retweet_count": "0",
      "id": "1775133717148048998",
      "created_at": "Tue Apr 02 12:10:33 +0000 2024",
      "favorited": false,
      "full_text": "CVE-2024-3094 is the best thriller I've read all year. go and check your distros",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1772416578874408447"
          ],
          "editableUntil": "2024-03-26T01:13:36.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "81"
      ],
      "favorite_count": "5",
      "id_str": "1772416578874408447",
      "truncated": false,
      "retweet_count": "4",
      "id": "1772416578874408447",
      "created_at": "Tue Mar 26 00:13:36 +0000 2024",
      "favorited": false,
      "full_text": "BA1437 delayed 2 hours, sat at gate 22 writing Ansible. productive delay at least",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1763851654658152636"
          ],
          "editableUntil": "2024-03-02T09:59:39.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "115"
      ],
      "favorite_count": "1",
      "id_str": "1763851654658152636",
      "truncated": false,
      "retweet_count": "0",
      "id": "1763851654658152636",
      "created_at": "Sat Mar 02 08:59:39 +0000 2024",
      "favorited": false,
      "full_text": "flogging my old work ThinkPad, asset tag still on lol. cash only, DM me, don't ask how I got it out of the building",
      "lang": "en"
    }
  }
]