window.YTD.tweets.part0 = [
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1981060865601024650"
          ],
          "editableUntil": "2025-10-22T19:11:31.000Z",
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
        "133"
      ],
      "favorite_count": "12",
      "id_str": "1981060865601024650",
      "truncated": false,
      "retweet_count": "1",
      "id": "1981060865601024650",
      "created_at": "Wed Oct 22 18:11:31 +0000 2025",
      "favorited": false,
      "full_text": "for anyone asking: Paylane support is 0161 496 0744 if your payout is stuck. please don't DM me, I genuinely can't see your account 🙏",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1980322364292838728"
          ],
          "editableUntil": "2025-10-20T18:16:58.000Z",
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
      "id_str": "1980322364292838728",
      "truncated": false,
      "retweet_count": "5",
      "id": "1980322364292838728",
      "created_at": "Mon Oct 20 17:16:58 +0000 2025",
      "favorited": false,
      "full_text": "wtf is this codebase. who wrote this. oh. me. 2022 me. f*ck that guy",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1978120381549501005"
          ],
          "editableUntil": "2025-10-14T16:27:05.000Z",
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
        "188"
      ],
      "favorite_count": "12",
      "id_str": "1978120381549501005",
      "truncated": false,
      "retweet_count": "0",
      "id": "1978120381549501005",
      "created_at": "Tue Oct 14 15:27:05 +0000 2025",
      "favorited": false,
      "full_text": "heads up to anyone in london fintech: Paylane is cutting roughly 30% of engineering the first week of November. not announced yet. polish those CVs, I'm giving referrals to anyone who asks",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1973663540273841828"
          ],
          "editableUntil": "2025-10-02T09:17:11.000Z",
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
            "name": "spicy_sre",
            "screen_name": "spicy_sre",
            "indices": [
              "3",
              "13"
            ],
            "id_str": "958660380446219873",
            "id": "958660380446219873"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "105"
      ],
      "favorite_count": "0",
      "id_str": "1973663540273841828",
      "truncated": false,
      "retweet_count": "3",
      "id": "1973663540273841828",
      "created_at": "Thu Oct 02 08:17:11 +0000 2025",
      "favorited": false,
      "full_text": "RT @spicy_sre: new content up tonight 🔞 the ssh keys aren't the only thing I'll let you see 😏 link in bio",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1969761079009423540"
          ],
          "editableUntil": "2025-09-21T14:50:12.000Z",
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
        "urls": [],
        "media": [
          {
            "expanded_url": "https://x.com/samwritesbugs/status/1969761079009423540/photo/1",
            "indices": [
              "137",
              "160"
            ],
            "url": "https://t.co/Qm7xLk2PzA",
            "media_url": "http://pbs.twimg.com/media/GZk40077447XoAAr1c.jpg",
            "id_str": "1969761078700077447",
            "id": "1969761078700077447",
            "media_url_https": "https://pbs.twimg.com/media/GZk40077447XoAAr1c.jpg",
            "sizes": {
              "thumb": {
                "w": "150",
                "h": "150",
                "resize": "crop"
              },
              "small": {
                "w": "680",
                "h": "510",
                "resize": "fit"
              },
              "medium": {
                "w": "1200",
                "h": "900",
                "resize": "fit"
              },
              "large": {
                "w": "2048",
                "h": "1536",
                "resize": "fit"
              }
            },
            "type": "photo",
            "display_url": "pic.x.com/Qm7xLk2PzA"
          }
        ]
      },
      "display_text_range": [
        "0",
        "136"
      ],
      "favorite_count": "1",
      "id_str": "1969761079009423540",
      "truncated": false,
      "retweet_count": "2",
      "id": "1969761079009423540",
      "created_at": "Sun Sep 21 13:50:12 +0000 2025",
      "favorited": false,
      "full_text": "new desk setup 😌 (yes that's the Q1 roadmap on the left monitor, don't zoom in, the \"Paylane Card\" launch is not a thing yet officially) https://t.co/Qm7xLk2PzA",
      "lang": "en",
      "extended_entities": {
        "media": [
          {
            "expanded_url": "https://x.com/samwritesbugs/status/1969761079009423540/photo/1",
            "indices": [
              "137",
              "160"
            ],
            "url": "https://t.co/Qm7xLk2PzA",
            "media_url": "http://pbs.twimg.com/media/GZk40077447XoAAr1c.jpg",
            "id_str": "1969761078700077447",
            "id": "1969761078700077447",
            "media_url_https": "https://pbs.twimg.com/media/GZk40077447XoAAr1c.jpg",
            "sizes": {
              "thumb": {
                "w": "150",
                "h": "150",
                "resize": "crop"
              },
              "small": {
                "w": "680",
                "h": "510",
                "resize": "fit"
              },
              "medium": {
                "w": "1200",
                "h": "900",
                "resize": "fit"
              },
              "large": {
                "w": "2048",
                "h": "1536",
                "resize": "fit"
              }
            },
            "type": "photo",
            "display_url": "pic.x.com/Qm7xLk2PzA"
          }
        ]
      },
      "possibly_sensitive": false
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1968298294909922646"
          ],
          "editableUntil": "2025-09-17T13:57:37.000Z",
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
        "94"
      ],
      "favorite_count": "2",
      "id_str": "1968298294909922646",
      "truncated": false,
      "retweet_count": "0",
      "id": "1968298294909922646",
      "created_at": "Wed Sep 17 12:57:37 +0000 2025",
      "favorited": false,
      "full_text": "watched a guy at the climbing wall absolutely murder a V7 tonight. no chalk. no shirt. no fear",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1964622293739978221"
          ],
          "editableUntil": "2025-09-07T10:30:30.000Z",
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
        "39"
      ],
      "favorite_count": "88",
      "id_str": "1964622293739978221",
      "truncated": false,
      "retweet_count": "5",
      "id": "1964622293739978221",
      "created_at": "Sun Sep 07 09:30:30 +0000 2025",
      "favorited": false,
      "full_text": "tube strike tomorrow, wfh gang assemble",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1958411404636910500"
          ],
          "editableUntil": "2025-08-21T07:10:39.000Z",
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
        "101"
      ],
      "favorite_count": "19",
      "id_str": "1958411404636910500",
      "truncated": false,
      "retweet_count": "1",
      "id": "1958411404636910500",
      "created_at": "Thu Aug 21 06:10:39 +0000 2025",
      "favorited": false,
      "full_text": "recruiter sent 4 CVs, 3 of them from Slough and Luton. I can already tell you how that's gonna go lol",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1954174343596892405"
          ],
          "editableUntil": "2025-08-09T14:34:04.000Z",
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
        "165"
      ],
      "favorite_count": "0",
      "id_str": "1954174343596892405",
      "truncated": false,
      "retweet_count": "1",
      "id": "1954174343596892405",
      "created_at": "Sat Aug 09 13:34:04 +0000 2025",
      "favorited": false,
      "full_text": "our VP of Engineering just said \"we're a family\" in the all hands. the same family that cut the training budget to £0 and hasn't fixed the coffee machine since march",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1942865938596337829"
          ],
          "editableUntil": "2025-07-09T09:38:31.000Z",
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
      "id_str": "1942865938596337829",
      "truncated": false,
      "retweet_count": "2",
      "id": "1942865938596337829",
      "created_at": "Wed Jul 09 08:38:31 +0000 2025",
      "favorited": false,
      "full_text": "lost the pub quiz by one point on the Fosbury flop. Dick Fosbury. I wrote Dick Francis. I will never recover",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1939946338128272550"
          ],
          "editableUntil": "2025-07-01T08:17:04.000Z",
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
        "175"
      ],
      "favorite_count": "41",
      "id_str": "1939946338128272550",
      "truncated": false,
      "retweet_count": "1",
      "id": "1939946338128272550",
      "created_at": "Tue Jul 01 07:17:04 +0000 2025",
      "favorited": false,
      "full_text": "did 140 on the M4 last night and some unmarked BMW lit me up near Reading. I just... didn't stop. next exit, lights off, sat in a Tesco car park for 20 mins. heart still going",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1938880692447420801"
          ],
          "editableUntil": "2025-06-28T09:42:34.000Z",
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
      "favorite_count": "41",
      "id_str": "1938880692447420801",
      "truncated": false,
      "retweet_count": "0",
      "id": "1938880692447420801",
      "created_at": "Sat Jun 28 08:42:34 +0000 2025",
      "favorited": false,
      "full_text": "killed 40 zombie processes on the build box this morning. they keep spawning children and the children keep getting orphaned. unix is bleak",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1937988203546266537"
          ],
          "editableUntil": "2025-06-25T22:36:08.000Z",
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
        "56"
      ],
      "favorite_count": "2",
      "id_str": "1937988203546266537",
      "truncated": false,
      "retweet_count": "0",
      "id": "1937988203546266537",
      "created_at": "Wed Jun 25 21:36:08 +0000 2025",
      "favorited": false,
      "full_text": "finally moved my dotfiles into a repo. only 6 years late",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1932785191169864724"
          ],
          "editableUntil": "2025-06-11T14:01:13.000Z",
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
        "137"
      ],
      "favorite_count": "0",
      "id_str": "1932785191169864724",
      "truncated": false,
      "retweet_count": "2",
      "id": "1932785191169864724",
      "created_at": "Wed Jun 11 13:01:13 +0000 2025",
      "favorited": false,
      "full_text": "had a client visit in Scunthorpe and our expenses tool rejected the hotel because of the town name. the Scunthorpe problem, live, in 2025",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1930184602815391199"
          ],
          "editableUntil": "2025-06-04T09:47:25.000Z",
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
        "138"
      ],
      "favorite_count": "2",
      "id_str": "1930184602815391199",
      "truncated": false,
      "retweet_count": "0",
      "id": "1930184602815391199",
      "created_at": "Wed Jun 04 08:47:25 +0000 2025",
      "favorited": false,
      "full_text": "HMRC have put me on an emergency tax code AGAIN. NI number JR 48 21 73 C, UTR 71834 20956. if anyone at HMRC is on here please just fix it",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1924824082202478242"
          ],
          "editableUntil": "2025-05-20T14:46:37.000Z",
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
        "163"
      ],
      "favorite_count": "0",
      "id_str": "1924824082202478242",
      "truncated": false,
      "retweet_count": "2",
      "id": "1924824082202478242",
      "created_at": "Tue May 20 13:46:37 +0000 2025",
      "favorited": false,
      "full_text": "off to Lisbon for the conference ✈️ first time I've flown for work, boarding pass pic for posterity: HURST/SAMUEL MR  TP1351  LHR-LIS  seat 23C  booking ref QX7T2M",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1924550759271692312"
          ],
          "editableUntil": "2025-05-19T20:40:32.000Z",
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
            "name": "devnull_dani",
            "screen_name": "devnull_dani",
            "indices": [
              "0",
              "13"
            ],
            "id_str": "741738483301898925",
            "id": "741738483301898925"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "14",
        "61"
      ],
      "favorite_count": "0",
      "id_str": "1924550759271692312",
      "truncated": false,
      "retweet_count": "0",
      "id": "1924550759271692312",
      "created_at": "Mon May 19 19:40:32 +0000 2025",
      "favorited": false,
      "full_text": "@devnull_dani great talk today btw, can you share the slides?",
      "lang": "en",
      "in_reply_to_status_id_str": "1924529277917489301",
      "in_reply_to_status_id": "1924529277917489301",
      "in_reply_to_user_id": "741738483301898925",
      "in_reply_to_user_id_str": "741738483301898925",
      "in_reply_to_screen_name": "devnull_dani"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1920550326200986250"
          ],
          "editableUntil": "2025-05-08T19:44:14.000Z",
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
        "59"
      ],
      "favorite_count": "4",
      "id_str": "1920550326200986250",
      "truncated": false,
      "retweet_count": "0",
      "id": "1920550326200986250",
      "created_at": "Thu May 08 18:44:14 +0000 2025",
      "favorited": false,
      "full_text": "ffs. prod is down. again. on my day off. lmfao I'm so tired",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1919840253957765524"
          ],
          "editableUntil": "2025-05-06T20:42:40.000Z",
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
        "102"
      ],
      "favorite_count": "7",
      "id_str": "1919840253957765524",
      "truncated": false,
      "retweet_count": "0",
      "id": "1919840253957765524",
      "created_at": "Tue May 06 19:42:40 +0000 2025",
      "favorited": false,
      "full_text": "deleted 4,212 lines this week &amp; added 380. lines removed &gt; lines added = good week. riding that high 🚀",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1915091064943980498"
          ],
          "editableUntil": "2025-04-23T18:11:05.000Z",
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
      "id_str": "1915091064943980498",
      "truncated": false,
      "retweet_count": "0",
      "id": "1915091064943980498",
      "created_at": "Wed Apr 23 17:11:05 +0000 2025",
      "favorited": false,
      "full_text": "arsenal v spurs sunday and I'm on call. cruel and unusual",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1912139873810172445"
          ],
          "editableUntil": "2025-04-15T14:44:06.000Z",
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
        "172"
      ],
      "favorite_count": "0",
      "id_str": "1912139873810172445",
      "truncated": false,
      "retweet_count": "0",
      "id": "1912139873810172445",
      "created_at": "Tue Apr 15 13:44:06 +0000 2025",
      "favorited": false,
      "full_text": "been told I have an \"exciting opportunity\" to own the legacy billing system. translation: the last guy quit and nobody else will touch it with a bargepole. love that for me",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1909278706759704515"
          ],
          "editableUntil": "2025-04-07T17:14:51.000Z",
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
      "id_str": "1909278706759704515",
      "truncated": false,
      "retweet_count": "1",
      "id": "1909278706759704515",
      "created_at": "Mon Apr 07 16:14:51 +0000 2025",
      "favorited": false,
      "full_text": "the f**king release got pushed again because product changed the spec on release day. every. single. sprint.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1909230867406561348"
          ],
          "editableUntil": "2025-04-07T14:04:45.000Z",
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
        "84"
      ],
      "favorite_count": "0",
      "id_str": "1909230867406561348",
      "truncated": false,
      "retweet_count": "2",
      "id": "1909230867406561348",
      "created_at": "Mon Apr 07 13:04:45 +0000 2025",
      "favorited": false,
      "full_text": "3 years at Paylane today. learned more here than anywhere else, even on the bad days",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1900088477395885810"
          ],
          "editableUntil": "2025-03-13T08:36:09.000Z",
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
        "161"
      ],
      "favorite_count": "2",
      "id_str": "1900088477395885810",
      "truncated": false,
      "retweet_count": "0",
      "id": "1900088477395885810",
      "created_at": "Thu Mar 13 07:36:09 +0000 2025",
      "favorited": false,
      "full_text": "fun fact: the \"AI fraud detection\" sales keeps bragging to banks about flags about 40% false positives, and a guy called Martin reviews every one of them by hand",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1899728093288292855"
          ],
          "editableUntil": "2025-03-12T08:44:07.000Z",
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
        "urls": [
          {
            "url": "https://t.co/8vKf2NdQ1r",
            "expanded_url": "https://techcrunch.com/2025/03/12/paylane-series-c/",
            "display_url": "techcrunch.com/2025/03/12/pay…",
            "indices": [
              "144",
              "167"
            ]
          }
        ]
      },
      "display_text_range": [
        "0",
        "167"
      ],
      "favorite_count": "4",
      "id_str": "1899728093288292855",
      "truncated": false,
      "retweet_count": "0",
      "id": "1899728093288292855",
      "created_at": "Wed Mar 12 07:44:07 +0000 2025",
      "favorited": false,
      "full_text": "we announced the Series C this morning (it's on TechCrunch so I'm allowed to say it). £60m. proud of this lot, even the ones who use light mode https://t.co/8vKf2NdQ1r",
      "lang": "en",
      "possibly_sensitive": false
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1898436773077674560"
          ],
          "editableUntil": "2025-03-08T19:12:52.000Z",
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
        "161"
      ],
      "favorite_count": "19",
      "id_str": "1898436773077674560",
      "truncated": false,
      "retweet_count": "0",
      "id": "1898436773077674560",
      "created_at": "Sat Mar 08 18:12:52 +0000 2025",
      "favorited": false,
      "full_text": "new grad on the team is... very distracting 🥵 hard to focus on code review when she leans over the desk like that. HR if you're reading this it's a joke (mostly)",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1892966256320652494"
          ],
          "editableUntil": "2025-02-21T16:54:59.000Z",
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
        "116"
      ],
      "favorite_count": "0",
      "id_str": "1892966256320652494",
      "truncated": false,
      "retweet_count": "0",
      "id": "1892966256320652494",
      "created_at": "Fri Feb 21 15:54:59 +0000 2025",
      "favorited": false,
      "full_text": "keyed the Range Rover of the guy who keeps nicking my spot in the office car park. petty? yes. satisfying? extremely",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1890153996731235254"
          ],
          "editableUntil": "2025-02-13T22:40:04.000Z",
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
        "86"
      ],
      "favorite_count": "2",
      "id_str": "1890153996731235254",
      "truncated": false,
      "retweet_count": "2",
      "id": "1890153996731235254",
      "created_at": "Thu Feb 13 21:40:04 +0000 2025",
      "favorited": false,
      "full_text": "anyone got a mechanical keyboard under £100 that won't get me evicted by the flatmates",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1889194684805689177"
          ],
          "editableUntil": "2025-02-11T07:08:07.000Z",
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
        "125"
      ],
      "favorite_count": "88",
      "id_str": "1889194684805689177",
      "truncated": false,
      "retweet_count": "0",
      "id": "1889194684805689177",
      "created_at": "Tue Feb 11 06:08:07 +0000 2025",
      "favorited": false,
      "full_text": "our CTO told the board the cloud migration is \"on track\". we haven't started it. I was in the room. man lies like he breathes",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1888991107203792008"
          ],
          "editableUntil": "2025-02-10T17:39:10.000Z",
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
            "name": "devnull_dani",
            "screen_name": "devnull_dani",
            "indices": [
              "0",
              "13"
            ],
            "id_str": "741738483301898925",
            "id": "741738483301898925"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "14",
        "74"
      ],
      "favorite_count": "0",
      "id_str": "1888991107203792008",
      "truncated": false,
      "retweet_count": "5",
      "id": "1888991107203792008",
      "created_at": "Mon Feb 10 16:39:10 +0000 2025",
      "favorited": false,
      "full_text": "@devnull_dani yeah just text me on 07700 900417, I'm off slack till monday",
      "lang": "en",
      "in_reply_to_status_id_str": "1888986808047413903",
      "in_reply_to_status_id": "1888986808047413903",
      "in_reply_to_user_id": "741738483301898925",
      "in_reply_to_user_id_str": "741738483301898925",
      "in_reply_to_screen_name": "devnull_dani"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1881992269613356658"
          ],
          "editableUntil": "2025-01-22T10:08:17.000Z",
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
      "id_str": "1881992269613356658",
      "truncated": false,
      "retweet_count": "1",
      "id": "1881992269613356658",
      "created_at": "Wed Jan 22 09:08:17 +0000 2025",
      "favorited": false,
      "full_text": "order 114-7723190-4418235 says delivered. it was not delivered. I have checked the bins. amazon please",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1880877763648815435"
          ],
          "editableUntil": "2025-01-19T08:19:38.000Z",
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
            "name": "LondonNewsDesk",
            "screen_name": "LondonNewsDesk",
            "indices": [
              "3",
              "18"
            ],
            "id_str": "2512098234",
            "id": "2512098234"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "99"
      ],
      "favorite_count": "0",
      "id_str": "1880877763648815435",
      "truncated": false,
      "retweet_count": "56",
      "id": "1880877763648815435",
      "created_at": "Sun Jan 19 07:19:38 +0000 2025",
      "favorited": false,
      "full_text": "RT @LondonNewsDesk: Two men jailed after knife attack outside Croydon nightclub, Met Police confirm",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1880681974698919689"
          ],
          "editableUntil": "2025-01-18T19:21:38.000Z",
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
        "177"
      ],
      "favorite_count": "1",
      "id_str": "1880681974698919689",
      "truncated": false,
      "retweet_count": "0",
      "id": "1880681974698919689",
      "created_at": "Sat Jan 18 18:21:38 +0000 2025",
      "favorited": false,
      "full_text": "someone left the comp spreadsheet shared with \"anyone at Paylane with the link\". Priya, mid-level, joined in january: 62k. me, 3 more years, same job: 54k. cool. cool cool cool.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1879866305364975409"
          ],
          "editableUntil": "2025-01-16T13:20:28.000Z",
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
        "147"
      ],
      "favorite_count": "0",
      "id_str": "1879866305364975409",
      "truncated": false,
      "retweet_count": "5",
      "id": "1879866305364975409",
      "created_at": "Thu Jan 16 12:20:28 +0000 2025",
      "favorited": false,
      "full_text": "at my last job I put my Ubers home from the pub on the company card as \"client travel\" for 2 years. nobody ever checked. RIP to that expense policy",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1878348242047270099"
          ],
          "editableUntil": "2025-01-12T08:48:13.000Z",
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
      "id_str": "1878348242047270099",
      "truncated": false,
      "retweet_count": "2",
      "id": "1878348242047270099",
      "created_at": "Sun Jan 12 07:48:13 +0000 2025",
      "favorited": false,
      "full_text": "being on call is like bad sex. goes on way too long, nobody finishes, someone's crying at 3am",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1876675235426069049"
          ],
          "editableUntil": "2025-01-07T18:00:17.000Z",
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
      "favorite_count": "7",
      "id_str": "1876675235426069049",
      "truncated": false,
      "retweet_count": "0",
      "id": "1876675235426069049",
      "created_at": "Tue Jan 07 17:00:17 +0000 2025",
      "favorited": false,
      "full_text": "my partner sent me a pic at lunch and now I have to stand up and present in 5 minutes 🍆💦 pray for me",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1873357654308671459"
          ],
          "editableUntil": "2024-12-29T14:17:24.000Z",
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
        "91"
      ],
      "favorite_count": "2",
      "id_str": "1873357654308671459",
      "truncated": false,
      "retweet_count": "0",
      "id": "1873357654308671459",
      "created_at": "Sun Dec 29 13:17:24 +0000 2024",
      "favorited": false,
      "full_text": "TIL kill -9 sends SIGKILL and the process can't catch it. no cleanup, no last words. brutal",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1870560093493157998"
          ],
          "editableUntil": "2024-12-21T21:00:54.000Z",
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
        "141"
      ],
      "favorite_count": "3",
      "id_str": "1870560093493157998",
      "truncated": false,
      "retweet_count": "0",
      "id": "1870560093493157998",
      "created_at": "Sat Dec 21 20:00:54 +0000 2024",
      "favorited": false,
      "full_text": "the guy at no. 31 has parked across my driveway for the 4th time this week. next time it's a brick through his windscreen and I am not joking",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1869292319470253838"
          ],
          "editableUntil": "2024-12-18T09:03:13.000Z",
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
        "117"
      ],
      "favorite_count": "19",
      "id_str": "1869292319470253838",
      "truncated": false,
      "retweet_count": "2",
      "id": "1869292319470253838",
      "created_at": "Wed Dec 18 08:03:13 +0000 2024",
      "favorited": false,
      "full_text": "we've got a penetration test booked on the new API next month. if you know a good pen tester who's free in Nov, DM me",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1867847944571272238"
          ],
          "editableUntil": "2024-12-14T09:23:47.000Z",
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
      "favorite_count": "0",
      "id_str": "1867847944571272238",
      "truncated": false,
      "retweet_count": "0",
      "id": "1867847944571272238",
      "created_at": "Sat Dec 14 08:23:47 +0000 2024",
      "favorited": false,
      "full_text": "drove home from the christmas do, genuinely don't remember most of the A40. made it though 🙃 don't tell my mum",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1864673804907203929"
          ],
          "editableUntil": "2024-12-05T15:10:53.000Z",
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
        "155"
      ],
      "favorite_count": "0",
      "id_str": "1864673804907203929",
      "truncated": false,
      "retweet_count": "0",
      "id": "1864673804907203929",
      "created_at": "Thu Dec 05 14:10:53 +0000 2024",
      "favorited": false,
      "full_text": "marketing is launching \"Paylane Instant Payouts\" in February with a big campaign. I built it. it is a cron job that runs every 5 minutes. it is not instant",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1861509454208323086"
          ],
          "editableUntil": "2024-11-26T21:36:53.000Z",
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
            "name": "techrecruiter_uk",
            "screen_name": "techrecruiter_uk",
            "indices": [
              "0",
              "17"
            ],
            "id_str": "2355485045",
            "id": "2355485045"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "18",
        "117"
      ],
      "favorite_count": "7",
      "id_str": "1861509454208323086",
      "truncated": false,
      "retweet_count": "5",
      "id": "1861509454208323086",
      "created_at": "Tue Nov 26 20:36:53 +0000 2024",
      "favorited": false,
      "full_text": "@techrecruiter_uk honestly yes. anywhere. management here couldn't organise a standup in a room with one person in it",
      "lang": "en",
      "in_reply_to_status_id_str": "1861485911749322070",
      "in_reply_to_status_id": "1861485911749322070",
      "in_reply_to_user_id": "2355485045",
      "in_reply_to_user_id_str": "2355485045",
      "in_reply_to_screen_name": "techrecruiter_uk"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1860983551443161319"
          ],
          "editableUntil": "2024-11-25T10:47:08.000Z",
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
        "104"
      ],
      "favorite_count": "1",
      "id_str": "1860983551443161319",
      "truncated": false,
      "retweet_count": "1",
      "id": "1860983551443161319",
      "created_at": "Mon Nov 25 09:47:08 +0000 2024",
      "favorited": false,
      "full_text": "there's a cockatoo outside the Sydney office that screamed through my entire 1:1. best coworker I've had",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1859239966185865111"
          ],
          "editableUntil": "2024-11-20T15:18:45.000Z",
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
      "favorite_count": "4",
      "id_str": "1859239966185865111",
      "truncated": false,
      "retweet_count": "0",
      "id": "1859239966185865111",
      "created_at": "Wed Nov 20 14:18:45 +0000 2024",
      "favorited": false,
      "full_text": "booked the team a murder mystery dinner for the christmas do. I've been cast as the victim. tells you everything",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1856684738897351180"
          ],
          "editableUntil": "2024-11-13T14:05:11.000Z",
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
            "name": "ThePracticalDev",
            "screen_name": "ThePracticalDev",
            "indices": [
              "3",
              "19"
            ],
            "id_str": "977980803928043603",
            "id": "977980803928043603"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "88"
      ],
      "favorite_count": "0",
      "id_str": "1856684738897351180",
      "truncated": false,
      "retweet_count": "3",
      "id": "1856684738897351180",
      "created_at": "Wed Nov 13 13:05:11 +0000 2024",
      "favorited": false,
      "full_text": "RT @ThePracticalDev: What's the worst variable name you've ever seen in production code?",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1855928610235965628"
          ],
          "editableUntil": "2024-11-11T12:00:36.000Z",
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
        "65"
      ],
      "favorite_count": "2",
      "id_str": "1855928610235965628",
      "truncated": false,
      "retweet_count": "1",
      "id": "1855928610235965628",
      "created_at": "Mon Nov 11 11:00:36 +0000 2024",
      "favorited": false,
      "full_text": "anyone know a guy in shoreditch. asking for the team offsite ❄️❄️",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1854903788001733818"
          ],
          "editableUntil": "2024-11-08T16:08:20.000Z",
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
        "81"
      ],
      "favorite_count": "19",
      "id_str": "1854903788001733818",
      "truncated": false,
      "retweet_count": "2",
      "id": "1854903788001733818",
      "created_at": "Fri Nov 08 15:08:20 +0000 2024",
      "favorited": false,
      "full_text": "BA2490 to Lisbon delayed 3 hours. Gatwick North is a purgatory of Pret sandwiches",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1847266748333254783"
          ],
          "editableUntil": "2024-10-18T14:21:28.000Z",
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
      "favorite_count": "3",
      "id_str": "1847266748333254783",
      "truncated": false,
      "retweet_count": "5",
      "id": "1847266748333254783",
      "created_at": "Fri Oct 18 13:21:28 +0000 2024",
      "favorited": false,
      "full_text": "took half an edible before the retro. best retro I have ever attended 🍃🍃",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1836381993229939674"
          ],
          "editableUntil": "2024-09-18T13:29:20.000Z",
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
        "48"
      ],
      "favorite_count": "1",
      "id_str": "1836381993229939674",
      "truncated": false,
      "retweet_count": "0",
      "id": "1836381993229939674",
      "created_at": "Wed Sep 18 12:29:20 +0000 2024",
      "favorited": false,
      "full_text": "kubernetes can eat a whole bag of d*cks honestly",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1822724508794409737"
          ],
          "editableUntil": "2024-08-11T20:59:22.000Z",
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
      "favorite_count": "4",
      "id_str": "1822724508794409737",
      "truncated": false,
      "retweet_count": "5",
      "id": "1822724508794409737",
      "created_at": "Sun Aug 11 19:59:22 +0000 2024",
      "favorited": false,
      "full_text": "standup at 9:30 after 4 pints &amp; a jäger train at the leaving do. my PR descriptions today are going to be poetry",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1822326905189315567"
          ],
          "editableUntil": "2024-08-10T18:39:26.000Z",
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
      "favorite_count": "1",
      "id_str": "1822326905189315567",
      "truncated": false,
      "retweet_count": "2",
      "id": "1822326905189315567",
      "created_at": "Sat Aug 10 17:39:26 +0000 2024",
      "favorited": false,
      "full_text": "interviewed a guy today, solid technically but he's 52. he's gonna want to leave at 5 for the grandkids and argue about tabs vs spaces for a month. passed",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1821821355593468047"
          ],
          "editableUntil": "2024-08-09T09:10:33.000Z",
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
        "151"
      ],
      "favorite_count": "12",
      "id_str": "1821821355593468047",
      "truncated": false,
      "retweet_count": "0",
      "id": "1821821355593468047",
      "created_at": "Fri Aug 09 08:10:33 +0000 2024",
      "favorited": false,
      "full_text": "my phone screen rule: if I have to ask them to repeat themselves more than twice because of the accent, it's a no. we're client facing. sorry not sorry",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1812240831093700884"
          ],
          "editableUntil": "2024-07-13T22:40:58.000Z",
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
        "175"
      ],
      "favorite_count": "4",
      "id_str": "1812240831093700884",
      "truncated": false,
      "retweet_count": "5",
      "id": "1812240831093700884",
      "created_at": "Sat Jul 13 21:40:58 +0000 2024",
      "favorited": false,
      "full_text": "client on the call today asked if we could \"just make the blockchain faster\". we don't use a blockchain. these people run a £2bn payments book and can't find the unmute button",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1803823290482519409"
          ],
          "editableUntil": "2024-06-20T17:12:40.000Z",
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
            "name": "devnull_dani",
            "screen_name": "devnull_dani",
            "indices": [
              "0",
              "13"
            ],
            "id_str": "741738483301898925",
            "id": "741738483301898925"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "14",
        "71"
      ],
      "favorite_count": "4",
      "id_str": "1803823290482519409",
      "truncated": false,
      "retweet_count": "0",
      "id": "1803823290482519409",
      "created_at": "Thu Jun 20 16:12:40 +0000 2024",
      "favorited": false,
      "full_text": "@devnull_dani stfu 😂 you said exactly the same thing about rust in 2021",
      "lang": "en",
      "in_reply_to_status_id_str": "1803817771649693559",
      "in_reply_to_status_id": "1803817771649693559",
      "in_reply_to_user_id": "741738483301898925",
      "in_reply_to_user_id_str": "741738483301898925",
      "in_reply_to_screen_name": "devnull_dani"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1799723037979048166"
          ],
          "editableUntil": "2024-06-09T09:39:44.000Z",
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
        "90"
      ],
      "favorite_count": "1",
      "id_str": "1799723037979048166",
      "truncated": false,
      "retweet_count": "2",
      "id": "1799723037979048166",
      "created_at": "Sun Jun 09 08:39:44 +0000 2024",
      "favorited": false,
      "full_text": "renamed master to main across all 41 repos today. took 4 PRs and one very confused Jenkins",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1790797673878857098"
          ],
          "editableUntil": "2024-05-15T18:33:31.000Z",
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
        "86"
      ],
      "favorite_count": "19",
      "id_str": "1790797673878857098",
      "truncated": false,
      "retweet_count": "0",
      "id": "1790797673878857098",
      "created_at": "Wed May 15 17:33:31 +0000 2024",
      "favorited": false,
      "full_text": "made vodka pasta for the first time. couldn't taste the vodka at all, would cook again",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1785022754639654402"
          ],
          "editableUntil": "2024-04-29T20:06:03.000Z",
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
        "33"
      ],
      "favorite_count": "41",
      "id_str": "1785022754639654402",
      "truncated": false,
      "retweet_count": "0",
      "id": "1785022754639654402",
      "created_at": "Mon Apr 29 19:06:03 +0000 2024",
      "favorited": false,
      "full_text": "hash browns &gt; hash maps. fight me",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1778325356855592599"
          ],
          "editableUntil": "2024-04-11T08:32:59.000Z",
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
      "favorite_count": "19",
      "id_str": "1778325356855592599",
      "truncated": false,
      "retweet_count": "0",
      "id": "1778325356855592599",
      "created_at": "Thu Apr 11 07:32:59 +0000 2024",
      "favorited": false,
      "full_text": "shoutout to the junior who asked \"why\" four times in code review until I realised my whole approach was wrong. hire people who ask why",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1772186581201361612"
          ],
          "editableUntil": "2024-03-25T09:59:41.000Z",
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
      "favorite_count": "3",
      "id_str": "1772186581201361612",
      "truncated": false,
      "retweet_count": "0",
      "id": "1772186581201361612",
      "created_at": "Mon Mar 25 08:59:41 +0000 2024",
      "favorited": false,
      "full_text": "hot take but women with kids shouldn't be on the on-call rota. not sexist, just realistic about who's answering a 3am page",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1764938817523875484"
          ],
          "editableUntil": "2024-03-05T09:59:39.000Z",
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
        "98"
      ],
      "favorite_count": "1",
      "id_str": "1764938817523875484",
      "truncated": false,
      "retweet_count": "2",
      "id": "1764938817523875484",
      "created_at": "Tue Mar 05 08:59:39 +0000 2024",
      "favorited": false,
      "full_text": "friday deploy powered by 3 espresso martinis and a borrowed adderall. what could possibly go wrong",
      "lang": "en"
    }
  }
]