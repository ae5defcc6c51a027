window.YTD.tweets.part0 = [
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1977939082725519945"
          ],
          "editableUntil": "2025-10-14T04:26:40.000Z",
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
      "favorite_count": "4",
      "id_str": "1977939082725519945",
      "truncated": false,
      "retweet_count": "0",
      "id": "1977939082725519945",
      "created_at": "Tue Oct 14 03:26:40 +0000 2025",
      "favorited": false,
      "full_text": "Dads retirement do tonight at the Cricketers Arms. 40 years on the railway, proper proud of him",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1974955992899888143"
          ],
          "editableUntil": "2025-10-05T22:52:56.000Z",
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
        "140"
      ],
      "favorite_count": "0",
      "id_str": "1974955992899888143",
      "truncated": false,
      "retweet_count": "0",
      "id": "1974955992899888143",
      "created_at": "Sun Oct 05 21:52:56 +0000 2025",
      "favorited": false,
      "full_text": "gaffer wont quote for anything in Harehills 'cos of the type who live round there'. been on a few jobs there and honestly cant say hes wrong",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1963933707199153450"
          ],
          "editableUntil": "2025-09-05T12:54:18.000Z",
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
      "id_str": "1963933707199153450",
      "truncated": false,
      "retweet_count": "0",
      "id": "1963933707199153450",
      "created_at": "Fri Sep 05 11:54:18 +0000 2025",
      "favorited": false,
      "full_text": "anyone got a decent headset under £100? mine crackles every time i move",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1963528100824595173"
          ],
          "editableUntil": "2025-09-04T10:02:34.000Z",
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
        "74"
      ],
      "favorite_count": "25",
      "id_str": "1963528100824595173",
      "truncated": false,
      "retweet_count": "0",
      "id": "1963528100824595173",
      "created_at": "Thu Sep 04 09:02:34 +0000 2025",
      "favorited": false,
      "full_text": "mum made a roast with yorkshires the size of my head. best day of the week",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1961383420808715703"
          ],
          "editableUntil": "2025-08-29T12:00:22.000Z",
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
        "85"
      ],
      "favorite_count": "0",
      "id_str": "1961383420808715703",
      "truncated": false,
      "retweet_count": "0",
      "id": "1961383420808715703",
      "created_at": "Fri Aug 29 11:00:22 +0000 2025",
      "favorited": false,
      "full_text": "female streamers are just carried by simps. name one thats actually cracked. ill wait",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1955538016304808624"
          ],
          "editableUntil": "2025-08-13T08:52:49.000Z",
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
        "78"
      ],
      "favorite_count": "0",
      "id_str": "1955538016304808624",
      "truncated": false,
      "retweet_count": "2",
      "id": "1955538016304808624",
      "created_at": "Wed Aug 13 07:52:49 +0000 2025",
      "favorited": false,
      "full_text": "gaffer asked why my eyes were so red at 7am. told him hayfever. its november 💀",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1953052713411642455"
          ],
          "editableUntil": "2025-08-06T12:17:07.000Z",
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
        "79"
      ],
      "favorite_count": "7",
      "id_str": "1953052713411642455",
      "truncated": false,
      "retweet_count": "0",
      "id": "1953052713411642455",
      "created_at": "Wed Aug 06 11:17:07 +0000 2025",
      "favorited": false,
      "full_text": "anyone got a plug round hyde park? need a bit of ❄️ for saturday, dm dont reply",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1948584527912944459"
          ],
          "editableUntil": "2025-07-25T04:22:09.000Z",
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
      "favorite_count": "2",
      "id_str": "1948584527912944459",
      "truncated": false,
      "retweet_count": "0",
      "id": "1948584527912944459",
      "created_at": "Fri Jul 25 03:22:09 +0000 2025",
      "favorited": false,
      "full_text": "new stream schedule: mon &amp; wed &amp; fri from 8pm. come hang",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1946419702202549684"
          ],
          "editableUntil": "2025-07-19T04:59:54.000Z",
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
            "name": "Danny B",
            "screen_name": "dannnyb_",
            "indices": [
              "0",
              "9"
            ],
            "id_str": "1187730445219110912",
            "id": "1187730445219110912"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "10",
        "155"
      ],
      "favorite_count": "7",
      "in_reply_to_status_id_str": "1945705983913530682",
      "in_reply_to_status_id": "1945705983913530682",
      "in_reply_to_user_id": "1187730445219110912",
      "in_reply_to_user_id_str": "1187730445219110912",
      "in_reply_to_screen_name": "dannnyb_",
      "id_str": "1946419702202549684",
      "truncated": false,
      "retweet_count": "0",
      "id": "1946419702202549684",
      "created_at": "Sat Jul 19 03:59:54 +0000 2025",
      "favorited": false,
      "full_text": "@dannnyb_ the customer today wanted the whole kitchen rewired for £300 cash and no certificate. some of these clients have got less brain cells than a fuse",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1943801828544208873"
          ],
          "editableUntil": "2025-07-11T23:37:24.000Z",
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
        "78"
      ],
      "favorite_count": "12",
      "id_str": "1943801828544208873",
      "truncated": false,
      "retweet_count": "0",
      "id": "1943801828544208873",
      "created_at": "Fri Jul 11 22:37:24 +0000 2025",
      "favorited": false,
      "full_text": "signed off my first EICR today, certificate no. 2025-0413 with my name on it 🥹",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1941212308647572195"
          ],
          "editableUntil": "2025-07-04T20:07:35.000Z",
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
        "114"
      ],
      "favorite_count": "61",
      "id_str": "1941212308647572195",
      "truncated": false,
      "retweet_count": "1",
      "id": "1941212308647572195",
      "created_at": "Fri Jul 04 19:07:35 +0000 2025",
      "favorited": false,
      "full_text": "new licence came through!! looking like a mugshot but whatever 😂 MORRI 902143 J99LK, officially legal on the roads",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1937528347279968681"
          ],
          "editableUntil": "2025-06-24T16:08:50.000Z",
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
        "139"
      ],
      "favorite_count": "0",
      "id_str": "1937528347279968681",
      "truncated": false,
      "retweet_count": "0",
      "id": "1937528347279968681",
      "created_at": "Tue Jun 24 15:08:50 +0000 2025",
      "favorited": false,
      "full_text": "kid in my lobby tonight posted my old address thinking hes funny. found his real name, found his school. see how funny he is when i turn up",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1929645778310565641"
          ],
          "editableUntil": "2025-06-02T22:06:19.000Z",
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
        "129"
      ],
      "favorite_count": "4",
      "id_str": "1929645778310565641",
      "truncated": false,
      "retweet_count": "0",
      "id": "1929645778310565641",
      "created_at": "Mon Jun 02 21:06:19 +0000 2025",
      "favorited": false,
      "full_text": "blue lights behind me on the ring road at 2am so i put my foot down through the estate and lost him 😂 golf gti never lets me down",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1929536687749713413"
          ],
          "editableUntil": "2025-06-02T14:52:50.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [
          {
            "text": "sparkylife",
            "indices": [
              "56",
              "67"
            ]
          }
        ],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "67"
      ],
      "favorite_count": "25",
      "id_str": "1929536687749713413",
      "truncated": false,
      "retweet_count": "0",
      "id": "1929536687749713413",
      "created_at": "Mon Jun 02 13:52:50 +0000 2025",
      "favorited": false,
      "full_text": "stripping cable all day, my fingers are actually ruined #sparkylife",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1928565206630625796"
          ],
          "editableUntil": "2025-05-30T22:32:30.000Z",
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
        "129"
      ],
      "favorite_count": "4",
      "id_str": "1928565206630625796",
      "truncated": false,
      "retweet_count": "0",
      "id": "1928565206630625796",
      "created_at": "Fri May 30 21:32:30 +0000 2025",
      "favorited": false,
      "full_text": "apprentice wage at my firm: £7.05 an hour to do a qualified sparky's job while the owner buys his third range rover. love it here",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1927877685566089426"
          ],
          "editableUntil": "2025-05-29T01:00:33.000Z",
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
        "70"
      ],
      "favorite_count": "4",
      "id_str": "1927877685566089426",
      "truncated": false,
      "retweet_count": "0",
      "id": "1927877685566089426",
      "created_at": "Thu May 29 00:00:33 +0000 2025",
      "favorited": false,
      "full_text": "selling my old ps4 + 2 pads, £120, text me on 07700 900417 not on here",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1927356195956766117"
          ],
          "editableUntil": "2025-05-27T14:28:20.000Z",
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
        "78"
      ],
      "favorite_count": "3",
      "id_str": "1927356195956766117",
      "truncated": false,
      "retweet_count": "0",
      "id": "1927356195956766117",
      "created_at": "Tue May 27 13:28:20 +0000 2025",
      "favorited": false,
      "full_text": "this game is f*cking rigged, hit him 6 times with the kar and he doesnt drop??",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1920264921448230135"
          ],
          "editableUntil": "2025-05-08T00:50:08.000Z",
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
        "113"
      ],
      "favorite_count": "0",
      "id_str": "1920264921448230135",
      "truncated": false,
      "retweet_count": "0",
      "id": "1920264921448230135",
      "created_at": "Wed May 07 23:50:08 +0000 2025",
      "favorited": false,
      "full_text": "took a couple of drums of 2.5 twin &amp; earth home from the job, they wont miss it and ive got my own rewire to do 🤫",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1918179746773098907"
          ],
          "editableUntil": "2025-05-02T06:44:24.000Z",
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
        "97"
      ],
      "favorite_count": "25",
      "id_str": "1918179746773098907",
      "truncated": false,
      "retweet_count": "2",
      "id": "1918179746773098907",
      "created_at": "Fri May 02 05:44:24 +0000 2025",
      "favorited": false,
      "full_text": "picking mum up from Leeds Bradford, Jet2 LS672 from Alicante lands 14:05. best son award incoming",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1912576364703993891"
          ],
          "editableUntil": "2025-04-16T19:38:33.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "Call of Duty",
            "screen_name": "CallofDuty",
            "indices": [
              "62",
              "73"
            ],
            "id_str": "19506790",
            "id": "19506790"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "73"
      ],
      "favorite_count": "12",
      "id_str": "1912576364703993891",
      "truncated": false,
      "retweet_count": "1",
      "id": "1912576364703993891",
      "created_at": "Wed Apr 16 18:38:33 +0000 2025",
      "favorited": false,
      "full_text": "wtf is this patch. every lobby is 40 sweats with the same gun @CallofDuty",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1912317738169670511"
          ],
          "editableUntil": "2025-04-16T02:30:52.000Z",
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
        "84"
      ],
      "favorite_count": "4",
      "id_str": "1912317738169670511",
      "truncated": false,
      "retweet_count": "0",
      "id": "1912317738169670511",
      "created_at": "Wed Apr 16 01:30:52 +0000 2025",
      "favorited": false,
      "full_text": "she wanted round 3 before my 6am start. turned up to site walking like a cowboy 😮‍💨🍆",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1908670727229004367"
          ],
          "editableUntil": "2025-04-06T00:58:57.000Z",
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
        "59"
      ],
      "favorite_count": "1",
      "id_str": "1908670727229004367",
      "truncated": false,
      "retweet_count": "0",
      "id": "1908670727229004367",
      "created_at": "Sat Apr 05 23:58:57 +0000 2025",
      "favorited": false,
      "full_text": "FIRST NUKE IN WARZONE 😭😭 30 kills 0 deaths, clip in replies",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1907594171134977839"
          ],
          "editableUntil": "2025-04-03T01:41:06.000Z",
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
        "106"
      ],
      "favorite_count": "25",
      "id_str": "1907594171134977839",
      "truncated": false,
      "retweet_count": "0",
      "id": "1907594171134977839",
      "created_at": "Thu Apr 03 00:41:06 +0000 2025",
      "favorited": false,
      "full_text": "drove home from the Skyrack after 5 pints and a couple of sambucas, roads were dead anyway 🤷‍♂️ van's fine",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1900084028821659467"
          ],
          "editableUntil": "2025-03-13T08:18:28.000Z",
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
            "name": "Kyle 🎮",
            "screen_name": "kyle_gtx",
            "indices": [
              "0",
              "9"
            ],
            "id_str": "1398822014551916544",
            "id": "1398822014551916544"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "10",
        "54"
      ],
      "favorite_count": "0",
      "in_reply_to_status_id_str": "1899352381122735816",
      "in_reply_to_status_id": "1899352381122735816",
      "in_reply_to_user_id": "1398822014551916544",
      "in_reply_to_user_id_str": "1398822014551916544",
      "in_reply_to_screen_name": "kyle_gtx",
      "id_str": "1900084028821659467",
      "truncated": false,
      "retweet_count": "0",
      "id": "1900084028821659467",
      "created_at": "Thu Mar 13 07:18:28 +0000 2025",
      "favorited": false,
      "full_text": "@kyle_gtx congrats bro, well deserved &lt;3 first of many",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1879447049662359524"
          ],
          "editableUntil": "2025-01-15T09:34:29.000Z",
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
        "101"
      ],
      "favorite_count": "12",
      "id_str": "1879447049662359524",
      "truncated": false,
      "retweet_count": "1",
      "id": "1879447049662359524",
      "created_at": "Wed Jan 15 08:34:29 +0000 2025",
      "favorited": false,
      "full_text": "got a proper flick knife off a lad at the car boot, £20 no questions 🔪 not for anything, just in case",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1878619075653120650"
          ],
          "editableUntil": "2025-01-13T02:44:25.000Z",
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
        "90"
      ],
      "favorite_count": "7",
      "id_str": "1878619075653120650",
      "truncated": false,
      "retweet_count": "1",
      "id": "1878619075653120650",
      "created_at": "Mon Jan 13 01:44:25 +0000 2025",
      "favorited": false,
      "full_text": "boss docked us half an hour cos the van was 5 min late. the van HE drives. absolute wanker",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1878328243048228246"
          ],
          "editableUntil": "2025-01-12T07:28:45.000Z",
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
        "126"
      ],
      "favorite_count": "3",
      "id_str": "1878328243048228246",
      "truncated": false,
      "retweet_count": "0",
      "id": "1878328243048228246",
      "created_at": "Sun Jan 12 06:28:45 +0000 2025",
      "favorited": false,
      "full_text": "for anyone asking, the Screwfix on Kirkstall Road trade counter is 0113 496 0441, they'll hold stuff for you if you ring ahead",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1874212201595920302"
          ],
          "editableUntil": "2024-12-31T22:53:04.000Z",
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
        "104"
      ],
      "favorite_count": "2",
      "id_str": "1874212201595920302",
      "truncated": false,
      "retweet_count": "1",
      "id": "1874212201595920302",
      "created_at": "Tue Dec 31 21:53:04 +0000 2024",
      "favorited": false,
      "full_text": "first solo consumer unit change today. gaffer checked everything and didnt find one thing wrong. buzzing",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1863197273159276875"
          ],
          "editableUntil": "2024-12-01T13:23:41.000Z",
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
        "55"
      ],
      "favorite_count": "0",
      "id_str": "1863197273159276875",
      "truncated": false,
      "retweet_count": "1",
      "id": "1863197273159276875",
      "created_at": "Sun Dec 01 12:23:41 +0000 2024",
      "favorited": false,
      "full_text": "sesh tonight boys 🍃💨 then warzone till the sun comes up",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1857178677401332300"
          ],
          "editableUntil": "2024-11-14T22:47:56.000Z",
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
        "121"
      ],
      "favorite_count": "2",
      "id_str": "1857178677401332300",
      "truncated": false,
      "retweet_count": "0",
      "id": "1857178677401332300",
      "created_at": "Thu Nov 14 21:47:56 +0000 2024",
      "favorited": false,
      "full_text": "Dave (qualified, 12 years in) is on £18.40 an hour, saw his payslip on the van dashboard. im on 7. the maths aint mathing",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1855920097730703540"
          ],
          "editableUntil": "2024-11-11T11:26:47.000Z",
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
        "97"
      ],
      "favorite_count": "2",
      "id_str": "1855920097730703540",
      "truncated": false,
      "retweet_count": "0",
      "id": "1855920097730703540",
      "created_at": "Mon Nov 11 10:26:47 +0000 2024",
      "favorited": false,
      "full_text": "someone in chat asked for my address to send a care package. love you but no 😂 PO box coming soon",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1850338699381352051"
          ],
          "editableUntil": "2024-10-27T01:48:18.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [
          {
            "text": "warzone",
            "indices": [
              "67",
              "75"
            ]
          }
        ],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "75"
      ],
      "favorite_count": "25",
      "id_str": "1850338699381352051",
      "truncated": false,
      "retweet_count": "0",
      "id": "1850338699381352051",
      "created_at": "Sun Oct 27 00:48:18 +0000 2024",
      "favorited": false,
      "full_text": "300m headshot across the map on Vondel, cleanest shot ive ever hit #warzone",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1849300798900351256"
          ],
          "editableUntil": "2024-10-24T05:04:03.000Z",
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
        "46"
      ],
      "favorite_count": "2",
      "id_str": "1849300798900351256",
      "truncated": false,
      "retweet_count": "0",
      "id": "1849300798900351256",
      "created_at": "Thu Oct 24 04:04:03 +0000 2024",
      "favorited": false,
      "full_text": "snow ❄️❄️❄️ van wont start, gaffer says walk 😭",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1847216997116362221"
          ],
          "editableUntil": "2024-10-18T11:03:46.000Z",
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
            "name": "Kyle 🎮",
            "screen_name": "kyle_gtx",
            "indices": [
              "0",
              "9"
            ],
            "id_str": "1398822014551916544",
            "id": "1398822014551916544"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "10",
        "56"
      ],
      "favorite_count": "2",
      "in_reply_to_status_id_str": "1846453040371826128",
      "in_reply_to_status_id": "1846453040371826128",
      "in_reply_to_user_id": "1398822014551916544",
      "in_reply_to_user_id_str": "1398822014551916544",
      "in_reply_to_screen_name": "kyle_gtx",
      "id_str": "1847216997116362221",
      "truncated": false,
      "retweet_count": "0",
      "id": "1847216997116362221",
      "created_at": "Fri Oct 18 10:03:46 +0000 2024",
      "favorited": false,
      "full_text": "@kyle_gtx stfu about sbmm you were 2 and 14 last night 😂",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1845991016509438468"
          ],
          "editableUntil": "2024-10-15T01:52:09.000Z",
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
        "68"
      ],
      "favorite_count": "25",
      "id_str": "1845991016509438468",
      "truncated": false,
      "retweet_count": "1",
      "id": "1845991016509438468",
      "created_at": "Tue Oct 15 00:52:09 +0000 2024",
      "favorited": false,
      "full_text": "Chicken in black bean sauce and a pint of Vimto. friday night sorted",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1844705907460956405"
          ],
          "editableUntil": "2024-10-11T12:45:35.000Z",
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
      "favorite_count": "25",
      "id_str": "1844705907460956405",
      "truncated": false,
      "retweet_count": "0",
      "id": "1844705907460956405",
      "created_at": "Fri Oct 11 11:45:35 +0000 2024",
      "favorited": false,
      "full_text": "new SDS drill is an absolute weapon. went through the brick like butter",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1842361041884257757"
          ],
          "editableUntil": "2024-10-05T01:27:56.000Z",
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
        "79"
      ],
      "favorite_count": "0",
      "id_str": "1842361041884257757",
      "truncated": false,
      "retweet_count": "2",
      "id": "1842361041884257757",
      "created_at": "Sat Oct 05 00:27:56 +0000 2024",
      "favorited": false,
      "full_text": "bring back the old MW2 maps. terminal, highrise, rust. thats it thats the tweet",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1840518394679696550"
          ],
          "editableUntil": "2024-09-29T23:25:55.000Z",
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
        "99"
      ],
      "favorite_count": "0",
      "id_str": "1840518394679696550",
      "truncated": false,
      "retweet_count": "2",
      "id": "1840518394679696550",
      "created_at": "Sun Sep 29 22:25:55 +0000 2024",
      "favorited": false,
      "full_text": "we got absolutely smashed 4-0 by the lads from the depot at five a side. never speaking of it again",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1835473912175750275"
          ],
          "editableUntil": "2024-09-16T01:20:56.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [
          {
            "text": "electrician",
            "indices": [
              "98",
              "110"
            ]
          }
        ],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "110"
      ],
      "favorite_count": "12",
      "id_str": "1835473912175750275",
      "truncated": false,
      "retweet_count": "1",
      "id": "1835473912175750275",
      "created_at": "Mon Sep 16 00:20:56 +0000 2024",
      "favorited": false,
      "full_text": "passed my AM2!! 4 years of college, nights in the van revising, fully qualified in the new year ⚡ #electrician",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1834524829304566018"
          ],
          "editableUntil": "2024-09-13T10:29:37.000Z",
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
        "78"
      ],
      "favorite_count": "61",
      "id_str": "1834524829304566018",
      "truncated": false,
      "retweet_count": "0",
      "id": "1834524829304566018",
      "created_at": "Fri Sep 13 09:29:37 +0000 2024",
      "favorited": false,
      "full_text": "500 followers and half my chat is asking for a shirtless stream 😏🍆 maybe at 1k",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1822226499471002537"
          ],
          "editableUntil": "2024-08-10T12:00:27.000Z",
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
            "name": "Screwfix Help",
            "screen_name": "ScrewfixHelp",
            "indices": [
              "0",
              "13"
            ],
            "id_str": "845216704384962560",
            "id": "845216704384962560"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "14",
        "105"
      ],
      "favorite_count": "2",
      "in_reply_to_status_id_str": "1821284771710982387",
      "in_reply_to_status_id": "1821284771710982387",
      "in_reply_to_user_id": "845216704384962560",
      "in_reply_to_user_id_str": "845216704384962560",
      "in_reply_to_screen_name": "ScrewfixHelp",
      "id_str": "1822226499471002537",
      "truncated": false,
      "retweet_count": "0",
      "id": "1822226499471002537",
      "created_at": "Sat Aug 10 11:00:27 +0000 2024",
      "favorited": false,
      "full_text": "@ScrewfixHelp order 7731442 says ready for collection but the Kirkstall trade counter says its not there?",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1822209454583624724"
          ],
          "editableUntil": "2024-08-10T10:52:43.000Z",
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
        "87"
      ],
      "favorite_count": "7",
      "id_str": "1822209454583624724",
      "truncated": false,
      "retweet_count": "0",
      "id": "1822209454583624724",
      "created_at": "Sat Aug 10 09:52:43 +0000 2024",
      "favorited": false,
      "full_text": "new apprentice starting monday is a girl. give it a month before shes crying in the van",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1818073245811996439"
          ],
          "editableUntil": "2024-07-30T00:56:54.000Z",
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
        "130"
      ],
      "favorite_count": "25",
      "id_str": "1818073245811996439",
      "truncated": false,
      "retweet_count": "0",
      "id": "1818073245811996439",
      "created_at": "Mon Jul 29 23:56:54 +0000 2024",
      "favorited": false,
      "full_text": "our site manager couldnt wire a plug to save his life. 30 years in the trade and he asks ME, the apprentice, how to do an RCD test",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1815624985642966394"
          ],
          "editableUntil": "2024-07-23T06:48:23.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [
          {
            "text": "lufc",
            "indices": [
              "51",
              "56"
            ]
          }
        ],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "56"
      ],
      "favorite_count": "4",
      "id_str": "1815624985642966394",
      "truncated": false,
      "retweet_count": "0",
      "id": "1815624985642966394",
      "created_at": "Tue Jul 23 05:48:23 +0000 2024",
      "favorited": false,
      "full_text": "leeds 2-0 up at half time, elland road is bouncing #lufc",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1807394489802803184"
          ],
          "editableUntil": "2024-06-30T13:43:20.000Z",
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
        "112"
      ],
      "favorite_count": "3",
      "id_str": "1807394489802803184",
      "truncated": false,
      "retweet_count": "0",
      "id": "1807394489802803184",
      "created_at": "Sun Jun 30 12:43:20 +0000 2024",
      "favorited": false,
      "full_text": "saw the quote on the bosses laptop for the school job: £14,200. materials are about 4k. its a primary school ffs",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1805636551213169765"
          ],
          "editableUntil": "2024-06-25T17:17:55.000Z",
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
      "favorite_count": "7",
      "id_str": "1805636551213169765",
      "truncated": false,
      "retweet_count": "0",
      "id": "1805636551213169765",
      "created_at": "Tue Jun 25 16:17:55 +0000 2024",
      "favorited": false,
      "full_text": "blue tits nesting in the old junction box we were meant to rip out 🐦 job on hold till spring, the birds win",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1800721164520651286"
          ],
          "editableUntil": "2024-06-12T03:45:56.000Z",
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
        "155"
      ],
      "favorite_count": "25",
      "id_str": "1800721164520651286",
      "truncated": false,
      "retweet_count": "2",
      "id": "1800721164520651286",
      "created_at": "Wed Jun 12 02:45:56 +0000 2024",
      "favorited": false,
      "full_text": "little sis is home on her own every day till 6 this week while mums on nights, 22 Ashbourne Terrace if anyone from the street can knock and check on her ❤️",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1798401005033173590"
          ],
          "editableUntil": "2024-06-05T18:06:26.000Z",
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
        "64"
      ],
      "favorite_count": "0",
      "id_str": "1798401005033173590",
      "truncated": false,
      "retweet_count": "0",
      "id": "1798401005033173590",
      "created_at": "Wed Jun 05 17:06:26 +0000 2024",
      "favorited": false,
      "full_text": "spotted dick &amp; custard in the site canteen. peak british cuisine",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1798318502030437166"
          ],
          "editableUntil": "2024-06-05T12:38:36.000Z",
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
      "favorite_count": "25",
      "id_str": "1798318502030437166",
      "truncated": false,
      "retweet_count": "1",
      "id": "1798318502030437166",
      "created_at": "Wed Jun 05 11:38:36 +0000 2024",
      "favorited": false,
      "full_text": "IBIZA TOMORROW 🛫 booking ref KX7PQM, seat 14C, gate opens 5:40 come find me lads",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1794324865444506250"
          ],
          "editableUntil": "2024-05-25T12:09:19.000Z",
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
        "155"
      ],
      "favorite_count": "4",
      "id_str": "1794324865444506250",
      "truncated": false,
      "retweet_count": "0",
      "id": "1794324865444506250",
      "created_at": "Sat May 25 11:09:19 +0000 2024",
      "favorited": false,
      "full_text": "rewiring a house in Alwoodley for a leeds player this week. cant say who but hes the left back, has a gold toilet and his missus has definitely moved out 👀",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1782566644143749524"
          ],
          "editableUntil": "2024-04-23T01:26:21.000Z",
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
      "favorite_count": "7",
      "id_str": "1782566644143749524",
      "truncated": false,
      "retweet_count": "0",
      "id": "1782566644143749524",
      "created_at": "Tue Apr 23 00:26:21 +0000 2024",
      "favorited": false,
      "full_text": "hit 500 followers on twitch tonight. genuinely didnt think anyone would watch me. thank you all",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1778388450899308498"
          ],
          "editableUntil": "2024-04-11T12:43:42.000Z",
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
        "63"
      ],
      "favorite_count": "61",
      "id_str": "1778388450899308498",
      "truncated": false,
      "retweet_count": "0",
      "id": "1778388450899308498",
      "created_at": "Thu Apr 11 11:43:42 +0000 2024",
      "favorited": false,
      "full_text": "five a side then a carvery with the lads, great crack as always",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1777951832897350241"
          ],
          "editableUntil": "2024-04-10T07:48:44.000Z",
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
      "favorite_count": "3",
      "id_str": "1777951832897350241",
      "truncated": false,
      "retweet_count": "0",
      "id": "1777951832897350241",
      "created_at": "Wed Apr 10 06:48:44 +0000 2024",
      "favorited": false,
      "full_text": "still half cut from last night, praying the site manager doesnt do a random test today 🙏",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1776424247925913801"
          ],
          "editableUntil": "2024-04-06T02:38:39.000Z",
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
            "name": "Sparky Tips UK",
            "screen_name": "sparkytips_uk",
            "indices": [
              "3",
              "17"
            ],
            "id_str": "1460221897313345536",
            "id": "1460221897313345536"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "126"
      ],
      "favorite_count": "0",
      "id_str": "1776424247925913801",
      "truncated": false,
      "retweet_count": "317",
      "id": "1776424247925913801",
      "created_at": "Sat Apr 06 01:38:39 +0000 2024",
      "favorited": false,
      "full_text": "RT @sparkytips_uk: first rule on site: kill the power, lock it off, prove it dead. then prove your tester works. then touch it",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1776053015541784515"
          ],
          "editableUntil": "2024-04-05T02:03:31.000Z",
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
        "147"
      ],
      "favorite_count": "2",
      "id_str": "1776053015541784515",
      "truncated": false,
      "retweet_count": "1",
      "id": "1776053015541784515",
      "created_at": "Fri Apr 05 01:03:31 +0000 2024",
      "favorited": false,
      "full_text": "site office whiteboard says half the sparks are getting let go once the Headingley flats job finishes in jan. nobody's been told yet 😬 hope im safe",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1773105599307489348"
          ],
          "editableUntil": "2024-03-27T22:51:32.000Z",
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
            "name": "Lewis",
            "screen_name": "lewismc99",
            "indices": [
              "0",
              "10"
            ],
            "id_str": "2983417765",
            "id": "2983417765"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "11",
        "50"
      ],
      "favorite_count": "2",
      "in_reply_to_status_id_str": "1772507688551021749",
      "in_reply_to_status_id": "1772507688551021749",
      "in_reply_to_user_id": "2983417765",
      "in_reply_to_user_id_str": "2983417765",
      "in_reply_to_screen_name": "lewismc99",
      "id_str": "1773105599307489348",
      "truncated": false,
      "retweet_count": "2",
      "id": "1773105599307489348",
      "created_at": "Wed Mar 27 21:51:32 +0000 2024",
      "favorited": false,
      "full_text": "@lewismc99 fuck off youre not getting my loadout 😂",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1758889887193751941"
          ],
          "editableUntil": "2024-02-17T17:23:22.000Z",
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
        "109"
      ],
      "favorite_count": "2",
      "id_str": "1758889887193751941",
      "truncated": false,
      "retweet_count": "0",
      "id": "1758889887193751941",
      "created_at": "Sat Feb 17 16:23:22 +0000 2024",
      "favorited": false,
      "full_text": "wont squad up with anyone with an indian accent on comms. nothing personal, i just cant understand half of it",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1755145661290340855"
          ],
          "editableUntil": "2024-02-07T09:25:09.000Z",
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
            "name": "jess 🍑",
            "screen_name": "peachyjess_x",
            "indices": [
              "3",
              "16"
            ],
            "id_str": "1712093854402134016",
            "id": "1712093854402134016"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "65"
      ],
      "favorite_count": "0",
      "id_str": "1755145661290340855",
      "truncated": false,
      "retweet_count": "562",
      "id": "1755145661290340855",
      "created_at": "Wed Feb 07 08:25:09 +0000 2024",
      "favorited": false,
      "full_text": "RT @peachyjess_x: new set just dropped 🍑💦 link in bio, 18+ only 😈",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1754908553137049912"
          ],
          "editableUntil": "2024-02-06T17:42:58.000Z",
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
      "favorite_count": "61",
      "id_str": "1754908553137049912",
      "truncated": false,
      "retweet_count": "0",
      "id": "1754908553137049912",
      "created_at": "Tue Feb 06 16:42:58 +0000 2024",
      "favorited": false,
      "full_text": "cold brew and a heated jacket, winter on site hits different",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1753241478639240410"
          ],
          "editableUntil": "2024-02-02T03:18:36.000Z",
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
        "146"
      ],
      "favorite_count": "25",
      "id_str": "1753241478639240410",
      "truncated": false,
      "retweet_count": "0",
      "id": "1753241478639240410",
      "created_at": "Fri Feb 02 02:18:36 +0000 2024",
      "favorited": false,
      "full_text": "Toolbox talk this morning was the boss reading out a safety sheet he clearly printed 5 minutes before in the van. truly inspirational leadership 🙄",
      "lang": "en"
    }
  }
]