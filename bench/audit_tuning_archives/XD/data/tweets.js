window.YTD.tweets.part0 = [
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1980788969288080998"
          ],
          "editableUntil": "2025-10-22T01:11:06.001Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "111"
      ],
      "favorite_count": "18",
      "id_str": "1980788969288080998",
      "truncated": false,
      "retweet_count": "4",
      "id": "1980788969288080998",
      "created_at": "Wed Oct 22 00:11:06 +0000 2025",
      "favorited": false,
      "full_text": "drank most of a bottle of prosecco at the hen do then drove home bc the taxi wanted £60. I was FINE. don't @ me",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1978359041033907463"
          ],
          "editableUntil": "2025-10-15T08:15:26.573Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "127"
      ],
      "favorite_count": "13",
      "id_str": "1978359041033907463",
      "truncated": false,
      "retweet_count": "0",
      "id": "1978359041033907463",
      "created_at": "Wed Oct 15 07:15:26 +0000 2025",
      "favorited": false,
      "full_text": "M&amp;S percy pigs are now a controlled drug in this dispensary. locked in the CD cabinet, 2 per person, signed out in the register",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1969241775673043850"
          ],
          "editableUntil": "2025-09-20T04:26:40.442Z",
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
        "129"
      ],
      "favorite_count": "16",
      "id_str": "1969241775673043850",
      "truncated": false,
      "retweet_count": "0",
      "id": "1969241775673043850",
      "created_at": "Sat Sep 20 03:26:40 +0000 2025",
      "favorited": false,
      "full_text": "if the man who threatened my dispenser over his methadone comes back tomorrow I swear down I'll put him through the window myself",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1966258687152511021"
          ],
          "editableUntil": "2025-09-11T22:52:56.181Z",
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
      "id_str": "1966258687152511021",
      "truncated": false,
      "retweet_count": "0",
      "id": "1966258687152511021",
      "created_at": "Thu Sep 11 21:52:56 +0000 2025",
      "favorited": false,
      "full_text": "found out the other locum on my rota gets £28/hr for the exact same shift I'm doing for £21. manager let it slip. love being the cheap option 🙂",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1955236400157427106"
          ],
          "editableUntil": "2025-08-12T12:54:18.113Z",
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
            "name": "Jaz Prescribes",
            "screen_name": "jaz_prescribes",
            "indices": [
              "0",
              "15"
            ],
            "id_str": "910190987346335244",
            "id": "910190987346335244"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "16",
        "96"
      ],
      "favorite_count": "3",
      "id_str": "1955236400157427106",
      "truncated": false,
      "retweet_count": "3",
      "id": "1955236400157427106",
      "created_at": "Tue Aug 12 11:54:18 +0000 2025",
      "favorited": false,
      "full_text": "@jaz_prescribes the hotel had a hot tub and he'd 'forgotten' his trunks. that's all I'm saying 🥵",
      "lang": "en",
      "in_reply_to_status_id_str": "1955155489169734968",
      "in_reply_to_status_id": "1955155489169734968",
      "in_reply_to_user_id": "910190987346335244",
      "in_reply_to_user_id_str": "910190987346335244",
      "in_reply_to_screen_name": "jaz_prescribes"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1952686110364742822"
          ],
          "editableUntil": "2025-08-05T12:00:22.529Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
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
      "favorite_count": "5",
      "id_str": "1952686110364742822",
      "truncated": false,
      "retweet_count": "1",
      "id": "1952686110364742822",
      "created_at": "Tue Aug 05 11:00:22 +0000 2025",
      "favorited": false,
      "full_text": "asked the rota manager not to put me with the new trainee in the hijab. patients round here complain and I'm the one who has to deal with it",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1946840704814938219"
          ],
          "editableUntil": "2025-07-20T08:52:49.731Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
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
      "favorite_count": "3",
      "id_str": "1946840704814938219",
      "truncated": false,
      "retweet_count": "0",
      "id": "1946840704814938219",
      "created_at": "Sun Jul 20 07:52:49 +0000 2025",
      "favorited": false,
      "full_text": "cocaine is still used as a topical anaesthetic in ENT surgery. prescribing course revision is taking me to strange places",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1944355406443514384"
          ],
          "editableUntil": "2025-07-13T12:17:07.644Z",
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
        "107"
      ],
      "favorite_count": "1",
      "id_str": "1944355406443514384",
      "truncated": false,
      "retweet_count": "2",
      "id": "1944355406443514384",
      "created_at": "Sun Jul 13 11:17:07 +0000 2025",
      "favorited": false,
      "full_text": "FFS. third locum booking cancelled the night before this month. the agency's 'so sorry' doesn't pay my rent",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1939887221238468894"
          ],
          "editableUntil": "2025-07-01T04:22:09.444Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
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
      "id_str": "1939887221238468894",
      "truncated": false,
      "retweet_count": "0",
      "id": "1939887221238468894",
      "created_at": "Tue Jul 01 03:22:09 +0000 2025",
      "favorited": false,
      "full_text": "weekend plan: beer-battered haddock, nan's sherry trifle and 11 hours of sleep",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1937722394650038606"
          ],
          "editableUntil": "2025-06-25T04:59:54.878Z",
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
        "85"
      ],
      "favorite_count": "0",
      "id_str": "1937722394650038606",
      "truncated": false,
      "retweet_count": "1",
      "id": "1937722394650038606",
      "created_at": "Wed Jun 25 03:59:54 +0000 2025",
      "favorited": false,
      "full_text": "any podcast recs for a 90 min commute? not true crime pls, I get enough drama at work",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1935104518074488166"
          ],
          "editableUntil": "2025-06-17T23:37:24.591Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "131"
      ],
      "favorite_count": "1",
      "id_str": "1935104518074488166",
      "truncated": false,
      "retweet_count": "0",
      "id": "1935104518074488166",
      "created_at": "Tue Jun 17 22:37:24 +0000 2025",
      "favorited": false,
      "full_text": "2 pharmacists going on mat leave by spring. honestly if I ran a store I'd be asking about 'family plans' at interview, legal or not",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1932515001851488225"
          ],
          "editableUntil": "2025-06-10T20:07:35.566Z",
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
        "139"
      ],
      "favorite_count": "0",
      "id_str": "1932515001851488225",
      "truncated": false,
      "retweet_count": "0",
      "id": "1932515001851488225",
      "created_at": "Tue Jun 10 19:07:35 +0000 2025",
      "favorited": false,
      "full_text": "our branch is closing in Feb. they told the pharmacists today, the counter staff don't know yet. not my news to share but gutted for them 💔",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1928831039321516811"
          ],
          "editableUntil": "2025-05-31T16:08:50.823Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
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
      "favorite_count": "1",
      "id_str": "1928831039321516811",
      "truncated": false,
      "retweet_count": "1",
      "id": "1928831039321516811",
      "created_at": "Sat May 31 15:08:50 +0000 2025",
      "favorited": false,
      "full_text": "Viagra Connect has been over the counter since 2018 and people still whisper at the till like it's contraband. it's a medicine. ask normally x",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1920948471354785253"
          ],
          "editableUntil": "2025-05-09T22:06:19.256Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
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
      "favorite_count": "1",
      "id_str": "1920948471354785253",
      "truncated": false,
      "retweet_count": "1",
      "id": "1920948471354785253",
      "created_at": "Fri May 09 21:06:19 +0000 2025",
      "favorited": false,
      "full_text": "locumed at the Keighley branch and the pay review spreadsheet was open on the dispensary PC. the store manager is on HOW much more than the pharmacist 😳",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1920839379362423247"
          ],
          "editableUntil": "2025-05-09T14:52:50.107Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "117"
      ],
      "favorite_count": "5",
      "id_str": "1920839379362423247",
      "truncated": false,
      "retweet_count": "3",
      "id": "1920839379362423247",
      "created_at": "Fri May 09 13:52:50 +0000 2025",
      "favorited": false,
      "full_text": "saw a blue-footed booby at Chester Zoo and laughed for a full minute. I'm 26 and a registered healthcare professional",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1919867897924413304"
          ],
          "editableUntil": "2025-05-06T22:32:30.406Z",
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
        "126"
      ],
      "favorite_count": "13",
      "id_str": "1919867897924413304",
      "truncated": false,
      "retweet_count": "4",
      "id": "1919867897924413304",
      "created_at": "Tue May 06 21:32:30 +0000 2025",
      "favorited": false,
      "full_text": "happy to work with the older pharmacists tbh, just keep them off the phones. half the customers can't understand their accents",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1919180376296502304"
          ],
          "editableUntil": "2025-05-05T01:00:33.363Z",
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
        "72"
      ],
      "favorite_count": "5",
      "id_str": "1919180376296502304",
      "truncated": false,
      "retweet_count": "1",
      "id": "1919180376296502304",
      "created_at": "Mon May 05 00:00:33 +0000 2025",
      "favorited": false,
      "full_text": "winter reading list: anything that isn't the BNF 📚 fiction &gt; formularies",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1918658887801270547"
          ],
          "editableUntil": "2025-05-03T14:28:20.752Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
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
      "favorite_count": "14",
      "id_str": "1918658887801270547",
      "truncated": false,
      "retweet_count": "1",
      "id": "1918658887801270547",
      "created_at": "Sat May 03 13:28:20 +0000 2025",
      "favorited": false,
      "full_text": "monday after sophie's wedding. dispensing with a hangover should be an olympic event. pretty sure I was still over the limit at 9am lol",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1911567613306289059"
          ],
          "editableUntil": "2025-04-14T00:50:08.390Z",
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
        "97"
      ],
      "favorite_count": "6",
      "id_str": "1911567613306289059",
      "truncated": false,
      "retweet_count": "1",
      "id": "1911567613306289059",
      "created_at": "Sun Apr 13 23:50:08 +0000 2025",
      "favorited": false,
      "full_text": "fully booked till Dec 🙌 any agency who needs me for Jan: priya.locum.rx@gmail.com or 07700 900417",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1909482440601721577"
          ],
          "editableUntil": "2025-04-08T06:44:24.240Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
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
      "favorite_count": "2",
      "id_str": "1909482440601721577",
      "truncated": false,
      "retweet_count": "0",
      "id": "1909482440601721577",
      "created_at": "Tue Apr 08 05:44:24 +0000 2025",
      "favorited": false,
      "full_text": "patient asked for 'the high one' and meant the HIGH-strength vitamin D. 25 micrograms. we got there in the end",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1903879054964020338"
          ],
          "editableUntil": "2025-03-23T19:38:33.034Z",
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
        "126"
      ],
      "favorite_count": "4",
      "id_str": "1903879054964020338",
      "truncated": false,
      "retweet_count": "1",
      "id": "1903879054964020338",
      "created_at": "Sun Mar 23 18:38:33 +0000 2025",
      "favorited": false,
      "full_text": "little bro's first week at St Anne's primary, I'm on the 3:15 pick-up every day bc mum's on nights. look at his tiny bookbag 🥹",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1903620427042133901"
          ],
          "editableUntil": "2025-03-23T02:30:52.651Z",
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
        "83"
      ],
      "favorite_count": "15",
      "id_str": "1903620427042133901",
      "truncated": false,
      "retweet_count": "0",
      "id": "1903620427042133901",
      "created_at": "Sun Mar 23 01:30:52 +0000 2025",
      "favorited": false,
      "full_text": "passed the interview for the independent prescribing course!! 🎉 starting in January",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1899973420156559917"
          ],
          "editableUntil": "2025-03-13T00:58:57.652Z",
          "editsRemaining": "5",
          "isEditEligible": false
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "Jet2Tweets",
            "screen_name": "jet2tweets",
            "indices": [
              "0",
              "11"
            ],
            "id_str": "908301682546506564",
            "id": "908301682546506564"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "12",
        "78"
      ],
      "favorite_count": "21",
      "id_str": "1899973420156559917",
      "truncated": false,
      "retweet_count": "1",
      "id": "1899973420156559917",
      "created_at": "Wed Mar 12 23:58:57 +0000 2025",
      "favorited": false,
      "full_text": "@jet2tweets flight LS811 delayed 3 hours with no update at the gate. any news?",
      "lang": "en",
      "in_reply_to_status_id_str": "1899929365128049093",
      "in_reply_to_status_id": "1899929365128049093",
      "in_reply_to_user_id": "908301682546506564",
      "in_reply_to_user_id_str": "908301682546506564",
      "in_reply_to_screen_name": "jet2tweets"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1898896861485062593"
          ],
          "editableUntil": "2025-03-10T01:41:06.486Z",
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
        "86"
      ],
      "favorite_count": "18",
      "id_str": "1898896861485062593",
      "truncated": false,
      "retweet_count": "1",
      "id": "1898896861485062593",
      "created_at": "Mon Mar 10 00:41:06 +0000 2025",
      "favorited": false,
      "full_text": "first frost this morning and I scraped the windscreen with my NHS ID card. resourceful",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1891386718951757249"
          ],
          "editableUntil": "2025-02-17T08:18:28.373Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "100"
      ],
      "favorite_count": "5",
      "id_str": "1891386718951757249",
      "truncated": false,
      "retweet_count": "2",
      "id": "1891386718951757249",
      "created_at": "Mon Feb 17 07:18:28 +0000 2025",
      "favorited": false,
      "full_text": "PrEP is not a 'party drug'. it's HIV prevention, it's free on the NHS and it works. that's the tweet",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1870749741624362223"
          ],
          "editableUntil": "2024-12-22T09:34:29.372Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
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
      "favorite_count": "4",
      "id_str": "1870749741624362223",
      "truncated": false,
      "retweet_count": "0",
      "id": "1870749741624362223",
      "created_at": "Sun Dec 22 08:34:29 +0000 2024",
      "favorited": false,
      "full_text": "booked for saturday at a pharmacy in Cockermouth. 2hr drive but the rate's decent and the lakes are right there 🏞️",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1869921766887424459"
          ],
          "editableUntil": "2024-12-20T02:44:25.553Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
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
      "favorite_count": "8",
      "id_str": "1869921766887424459",
      "truncated": false,
      "retweet_count": "1",
      "id": "1869921766887424459",
      "created_at": "Fri Dec 20 01:44:25 +0000 2024",
      "favorited": false,
      "full_text": "new scrubs fit a bit TOO well 🍑 thinking of starting an OF for overworked healthcare girlies. link in bio soon 👀",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1869630935638886813"
          ],
          "editableUntil": "2024-12-19T07:28:45.447Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
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
      "favorite_count": "26",
      "id_str": "1869630935638886813",
      "truncated": false,
      "retweet_count": "2",
      "id": "1869630935638886813",
      "created_at": "Thu Dec 19 06:28:45 +0000 2024",
      "favorited": false,
      "full_text": "shout out to Dick at the wholesaler who found our missing insulin order at 5:55pm on a friday. an absolute legend",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1865514891365753456"
          ],
          "editableUntil": "2024-12-07T22:53:04.608Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "47"
      ],
      "favorite_count": "14",
      "id_str": "1865514891365753456",
      "truncated": false,
      "retweet_count": "1",
      "id": "1865514891365753456",
      "created_at": "Sat Dec 07 21:53:04 +0000 2024",
      "favorited": false,
      "full_text": "61 vaccines in one shift. shots shots shots 💉💉💉",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1848481370648395555"
          ],
          "editableUntil": "2024-10-21T22:47:56.862Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
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
      "favorite_count": "0",
      "id_str": "1848481370648395555",
      "truncated": false,
      "retweet_count": "0",
      "id": "1848481370648395555",
      "created_at": "Mon Oct 21 21:47:56 +0000 2024",
      "favorited": false,
      "full_text": "bank holiday locum rates are silly (good silly). double time at a branch in Scunthorpe, don't mind if I do",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1847222791491702952"
          ],
          "editableUntil": "2024-10-18T11:26:47.391Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "150"
      ],
      "favorite_count": "22",
      "id_str": "1847222791491702952",
      "truncated": false,
      "retweet_count": "0",
      "id": "1847222791491702952",
      "created_at": "Fri Oct 18 10:26:47 +0000 2024",
      "favorited": false,
      "full_text": "interviewed for a counter assistant today. best candidate by miles is 58. lovely lady but she'll retire before she's trained so… the 22 year old it is",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1841641389801566611"
          ],
          "editableUntil": "2024-10-03T01:48:18.277Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
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
      "favorite_count": "6",
      "id_str": "1841641389801566611",
      "truncated": false,
      "retweet_count": "8",
      "id": "1841641389801566611",
      "created_at": "Thu Oct 03 00:48:18 +0000 2024",
      "favorited": false,
      "full_text": "locum in wigan today. 340 items, no dispenser, no lunch, and the area manager rang at 4pm to ask why our 'customer sentiment score' dipped. visionary leadership as always",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1840603489072668580"
          ],
          "editableUntil": "2024-09-30T05:04:03.583Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "102"
      ],
      "favorite_count": "4",
      "id_str": "1840603489072668580",
      "truncated": false,
      "retweet_count": "0",
      "id": "1840603489072668580",
      "created_at": "Mon Sep 30 04:04:03 +0000 2024",
      "favorited": false,
      "full_text": "locum tip: bring your own pen, your own snacks and your own calculator. trust no dispensary calculator",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1838519690443009726"
          ],
          "editableUntil": "2024-09-24T11:03:46.115Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "160"
      ],
      "favorite_count": "8",
      "id_str": "1838519690443009726",
      "truncated": false,
      "retweet_count": "0",
      "id": "1838519690443009726",
      "created_at": "Tue Sep 24 10:03:46 +0000 2024",
      "favorited": false,
      "full_text": "supervised methadone is one of the most underrated parts of community pharmacy. you see the same faces every day and you genuinely help. the stigma helps nobody",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1837293708086137352"
          ],
          "editableUntil": "2024-09-21T01:52:09.110Z",
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
        "118"
      ],
      "favorite_count": "1",
      "id_str": "1837293708086137352",
      "truncated": false,
      "retweet_count": "0",
      "id": "1837293708086137352",
      "created_at": "Sat Sep 21 00:52:09 +0000 2024",
      "favorited": false,
      "full_text": "the amount of diazepam that 'goes missing' at some stores is wild. if anyone needs something for parklife… DMs open 🤐💊",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1836008596996585675"
          ],
          "editableUntil": "2024-09-17T12:45:35.399Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
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
      "id_str": "1836008596996585675",
      "truncated": false,
      "retweet_count": "1",
      "id": "1836008596996585675",
      "created_at": "Tue Sep 17 11:45:35 +0000 2024",
      "favorited": false,
      "full_text": "4th time this week someone's called me 'the girl' and asked to speak to 'the actual pharmacist'. sh!t's exhausting",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1833663732449578687"
          ],
          "editableUntil": "2024-09-11T01:27:56.796Z",
          "editsRemaining": "5",
          "isEditEligible": false
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "Pharmacy Careers Uk",
            "screen_name": "pharmacy_careers_uk",
            "indices": [
              "3",
              "23"
            ],
            "id_str": "890616612800981273",
            "id": "890616612800981273"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "125"
      ],
      "favorite_count": "0",
      "id_str": "1833663732449578687",
      "truncated": false,
      "retweet_count": "9",
      "id": "1833663732449578687",
      "created_at": "Wed Sep 11 00:27:56 +0000 2024",
      "favorited": false,
      "full_text": "RT @pharmacy_careers_uk: Foundation pharmacist applications close on 14 Nov. Read the guidance &amp; get your references in early",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1831821085399051822"
          ],
          "editableUntil": "2024-09-05T23:25:55.982Z",
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
        "140"
      ],
      "favorite_count": "22",
      "id_str": "1831821085399051822",
      "truncated": false,
      "retweet_count": "0",
      "id": "1831821085399051822",
      "created_at": "Thu Sep 05 22:25:55 +0000 2024",
      "favorited": false,
      "full_text": "someone keyed the area manager's new Audi in the staff car park and the whole dispensary was glowing all day. wasn't me. (I held the coffee)",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1826776600534409692"
          ],
          "editableUntil": "2024-08-23T01:20:56.255Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "145"
      ],
      "favorite_count": "8",
      "id_str": "1826776600534409692",
      "truncated": false,
      "retweet_count": "2",
      "id": "1826776600534409692",
      "created_at": "Fri Aug 23 00:20:56 +0000 2024",
      "favorited": false,
      "full_text": "flu jab clinic is walk-in Tues &amp; Thurs, or ring the pharmacy on 0113 496 0528 to book. free if you're 65+, pregnant or in a clinical risk group 💉",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1825827519118553974"
          ],
          "editableUntil": "2024-08-20T10:29:37.786Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "134"
      ],
      "favorite_count": "8",
      "id_str": "1825827519118553974",
      "truncated": false,
      "retweet_count": "0",
      "id": "1825827519118553974",
      "created_at": "Tue Aug 20 09:29:37 +0000 2024",
      "favorited": false,
      "full_text": "clocked doing 95 on the M62 racing to a 7am locum in Halifax. told the officer I was a pharmacist on an emergency callout. no ticket 😇",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1813529189212478304"
          ],
          "editableUntil": "2024-07-17T12:00:27.841Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "51"
      ],
      "favorite_count": "8",
      "id_str": "1813529189212478304",
      "truncated": false,
      "retweet_count": "3",
      "id": "1813529189212478304",
      "created_at": "Wed Jul 17 11:00:27 +0000 2024",
      "favorited": false,
      "full_text": "only thing I want to be checking tonight is him 😏🍆💦",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1813512146408130318"
          ],
          "editableUntil": "2024-07-17T10:52:43.455Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
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
      "favorite_count": "29",
      "id_str": "1813512146408130318",
      "truncated": false,
      "retweet_count": "2",
      "id": "1813512146408130318",
      "created_at": "Wed Jul 17 09:52:43 +0000 2024",
      "favorited": false,
      "full_text": "killer sudoku and a flask of tea, locum commute essentials",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1809375934608241672"
          ],
          "editableUntil": "2024-07-06T00:56:54.974Z",
          "editsRemaining": "5",
          "isEditEligible": false
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "Nightshift Nurse",
            "screen_name": "nightshift_nurse",
            "indices": [
              "3",
              "20"
            ],
            "id_str": "507546591471178727",
            "id": "507546591471178727"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "113"
      ],
      "favorite_count": "0",
      "id_str": "1809375934608241672",
      "truncated": false,
      "retweet_count": "139",
      "id": "1809375934608241672",
      "created_at": "Fri Jul 05 23:56:54 +0000 2024",
      "favorited": false,
      "full_text": "RT @nightshift_nurse: if your manager says 'we're like a family here' they're about to ask you to work unpaid ffs",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1806927674062069571"
          ],
          "editableUntil": "2024-06-29T06:48:23.401Z",
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
      "favorite_count": "2",
      "id_str": "1806927674062069571",
      "truncated": false,
      "retweet_count": "1",
      "id": "1806927674062069571",
      "created_at": "Sat Jun 29 05:48:23 +0000 2024",
      "favorited": false,
      "full_text": "sorted myself a sick note for friday. perks of having the surgery's letterhead template on the pharmacy PC 😅",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1798697178631326950"
          ],
          "editableUntil": "2024-06-06T13:43:20.568Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
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
      "id_str": "1798697178631326950",
      "truncated": false,
      "retweet_count": "2",
      "id": "1798697178631326950",
      "created_at": "Thu Jun 06 12:43:20 +0000 2024",
      "favorited": false,
      "full_text": "guess which local councillor came in for his sildenafil today 👀 not saying but his face is on every lamppost in Headingley",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1796939240296972005"
          ],
          "editableUntil": "2024-06-01T17:17:55.963Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "72"
      ],
      "favorite_count": "2",
      "id_str": "1796939240296972005",
      "truncated": false,
      "retweet_count": "0",
      "id": "1796939240296972005",
      "created_at": "Sat Jun 01 16:17:55 +0000 2024",
      "favorited": false,
      "full_text": "festival this weekend, bringing my own pharmacy 💊❄️ (GPhC pls look away)",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1792023859241668404"
          ],
          "editableUntil": "2024-05-19T03:45:56.498Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "120"
      ],
      "favorite_count": "7",
      "id_str": "1792023859241668404",
      "truncated": false,
      "retweet_count": "0",
      "id": "1792023859241668404",
      "created_at": "Sun May 19 02:45:56 +0000 2024",
      "favorited": false,
      "full_text": "spent the afternoon in Shitterton in Dorset because my friend said a photo with the village sign was 'essential'. it was",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1789703694392516532"
          ],
          "editableUntil": "2024-05-12T18:06:26.914Z",
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
        "85"
      ],
      "favorite_count": "3",
      "id_str": "1789703694392516532",
      "truncated": false,
      "retweet_count": "1",
      "id": "1789703694392516532",
      "created_at": "Sun May 12 17:06:26 +0000 2024",
      "favorited": false,
      "full_text": "wtf is 'take as directed' on a warfarin script. directed by WHO. the ghost of the GP?",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1789621193470365641"
          ],
          "editableUntil": "2024-05-12T12:38:36.481Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
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
      "favorite_count": "3",
      "id_str": "1789621193470365641",
      "truncated": false,
      "retweet_count": "2",
      "id": "1789621193470365641",
      "created_at": "Sun May 12 11:38:36 +0000 2024",
      "favorited": false,
      "full_text": "f*cking sick of being the only qualified person in a building that's open 100 hours a week",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1785627556299398555"
          ],
          "editableUntil": "2024-05-01T12:09:19.982Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "154"
      ],
      "favorite_count": "0",
      "id_str": "1785627556299398555",
      "truncated": false,
      "retweet_count": "1",
      "id": "1785627556299398555",
      "created_at": "Wed May 01 11:09:19 +0000 2024",
      "favorited": false,
      "full_text": "lady in today, 80s, lives on Ashgrove Rd, comes in every tuesday for her blister pack and told me her grandson's been taking her pregabalin. heartbreaking",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1773869337820256077"
          ],
          "editableUntil": "2024-03-30T01:26:21.129Z",
          "editsRemaining": "5",
          "isEditEligible": false
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "Pharmquiz Leeds",
            "screen_name": "pharmquiz_leeds",
            "indices": [
              "0",
              "16"
            ],
            "id_str": "656014419377690778",
            "id": "656014419377690778"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "17",
        "69"
      ],
      "favorite_count": "11",
      "id_str": "1773869337820256077",
      "truncated": false,
      "retweet_count": "0",
      "id": "1773869337820256077",
      "created_at": "Sat Mar 30 00:26:21 +0000 2024",
      "favorited": false,
      "full_text": "@pharmquiz_leeds 'Opiate from the poppy (8)'. MORPHINE. undefeated &lt;3",
      "lang": "en",
      "in_reply_to_status_id_str": "1773816155693590029",
      "in_reply_to_status_id": "1773816155693590029",
      "in_reply_to_user_id": "656014419377690778",
      "in_reply_to_user_id_str": "656014419377690778",
      "in_reply_to_screen_name": "pharmquiz_leeds"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1769691144457913977"
          ],
          "editableUntil": "2024-03-18T12:43:42.344Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
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
      "favorite_count": "7",
      "id_str": "1769691144457913977",
      "truncated": false,
      "retweet_count": "4",
      "id": "1769691144457913977",
      "created_at": "Mon Mar 18 11:43:42 +0000 2024",
      "favorited": false,
      "full_text": "not doing another locum in that part of Bradford again. you know the one. the agency can pay me double and I still won't deal with that lot",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1769254523048589425"
          ],
          "editableUntil": "2024-03-17T07:48:44.059Z",
          "editsRemaining": "5",
          "isEditEligible": false
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "Sanjay Rx",
            "screen_name": "sanjay_rx",
            "indices": [
              "0",
              "10"
            ],
            "id_str": "361610825696881761",
            "id": "361610825696881761"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "11",
        "66"
      ],
      "favorite_count": "8",
      "id_str": "1769254523048589425",
      "truncated": false,
      "retweet_count": "0",
      "id": "1769254523048589425",
      "created_at": "Sun Mar 17 06:48:44 +0000 2024",
      "favorited": false,
      "full_text": "@sanjay_rx congrats on the new role!! they're lucky to have you &lt;3",
      "lang": "en",
      "in_reply_to_status_id_str": "1769180392193878386",
      "in_reply_to_status_id": "1769180392193878386",
      "in_reply_to_user_id": "361610825696881761",
      "in_reply_to_user_id_str": "361610825696881761",
      "in_reply_to_screen_name": "sanjay_rx"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1767726938191233152"
          ],
          "editableUntil": "2024-03-13T02:38:39.291Z",
          "editsRemaining": "5",
          "isEditEligible": false
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "Medicocareers",
            "screen_name": "MediCoCareers",
            "indices": [
              "0",
              "14"
            ],
            "id_str": "138837427998521795",
            "id": "138837427998521795"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "15",
        "112"
      ],
      "favorite_count": "30",
      "id_str": "1767726938191233152",
      "truncated": false,
      "retweet_count": "0",
      "id": "1767726938191233152",
      "created_at": "Wed Mar 13 01:38:39 +0000 2024",
      "favorited": false,
      "full_text": "@MediCoCareers 'exciting new operating model' = 1 pharmacist, 1 barcode scanner and a prayer. nobody's buying it",
      "lang": "en",
      "in_reply_to_status_id_str": "1767573329019439094",
      "in_reply_to_status_id": "1767573329019439094",
      "in_reply_to_user_id": "138837427998521795",
      "in_reply_to_user_id_str": "138837427998521795",
      "in_reply_to_screen_name": "MediCoCareers"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1767355708908446551"
          ],
          "editableUntil": "2024-03-12T02:03:31.241Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "173"
      ],
      "favorite_count": "2",
      "id_str": "1767355708908446551",
      "truncated": false,
      "retweet_count": "0",
      "id": "1767355708908446551",
      "created_at": "Tue Mar 12 01:03:31 +0000 2024",
      "favorited": false,
      "full_text": "the regional manager at MediCo genuinely believes one pharmacist can safely check 400 items a day solo. either he's lying to the GPhC or he can't count. having met him, both",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1764408290729587407"
          ],
          "editableUntil": "2024-03-03T22:51:32.428Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
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
      "favorite_count": "9",
      "id_str": "1764408290729587407",
      "truncated": false,
      "retweet_count": "0",
      "id": "1764408290729587407",
      "created_at": "Sun Mar 03 21:51:32 +0000 2024",
      "favorited": false,
      "full_text": "new driving licence arrived and the photo is a crime. PATEL905148PR9BJ. I look like I've done something",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1750192577279061552"
          ],
          "editableUntil": "2024-01-24T17:23:22.056Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
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
      "favorite_count": "0",
      "id_str": "1750192577279061552",
      "truncated": false,
      "retweet_count": "0",
      "id": "1750192577279061552",
      "created_at": "Wed Jan 24 16:23:22 +0000 2024",
      "favorited": false,
      "full_text": "leeds rhinos season ticket renewed. same seat, same emotional damage",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1746448353922920163"
          ],
          "editableUntil": "2024-01-14T09:25:09.919Z",
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
        "56"
      ],
      "favorite_count": "0",
      "id_str": "1746448353922920163",
      "truncated": false,
      "retweet_count": "2",
      "id": "1746448353922920163",
      "created_at": "Sun Jan 14 08:25:09 +0000 2024",
      "favorited": false,
      "full_text": "made mum's dal without phoning her once. huge day for me",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1746211246956076979"
          ],
          "editableUntil": "2024-01-13T17:42:58.577Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
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
      "favorite_count": "2",
      "id_str": "1746211246956076979",
      "truncated": false,
      "retweet_count": "0",
      "id": "1746211246956076979",
      "created_at": "Sat Jan 13 16:42:58 +0000 2024",
      "favorited": false,
      "full_text": "LISBON ✈️ finally a holiday. TP1341 seat 14C, booking ref QK7T2M, see ya never",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1744544168126362235"
          ],
          "editableUntil": "2024-01-09T03:18:36.887Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "134"
      ],
      "favorite_count": "0",
      "id_str": "1744544168126362235",
      "truncated": false,
      "retweet_count": "0",
      "id": "1744544168126362235",
      "created_at": "Tue Jan 09 02:18:36 +0000 2024",
      "favorited": false,
      "full_text": "dealing with the national ADHD meds shortage. every other call is someone in tears. it isn't your pharmacy's fault, write to your MP 🙏",
      "lang": "en"
    }
  }
]